package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.console.Numbers;
import dev.graphwright.host.console.Table;
import dev.graphwright.neo4j.RunStore;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runs}: recent runs with status, duration and counts; {@code runs <id>}: one record. */
@Command(
    name = "runs",
    header = "list recent runs, or print one run's record",
    description = {
      "Lists recent runs (newest first) with status, start, duration and what the graph held for"
          + " the instance afterwards; with a run id, prints that run's full record (JSON, the same"
          + " as --summary-json wrote). CRASHED marks a run that was killed; the next run of its"
          + " instance completes its work."
    })
final class RunsCommand implements HostTask {

  @Parameters(
      paramLabel = "<run-id>",
      arity = "0..1",
      description = "print this run's record instead of the list")
  private @Nullable String runId;

  @Option(names = "--instance", paramLabel = "ID", description = "only this instance's runs")
  private @Nullable String instance;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "runs listed (default: ${DEFAULT-VALUE})")
  private int limit;

  @Override
  public int run(Host host) {
    var store = new RunStore(host.graph().graph());
    if (runId != null) {
      var id = runId;
      host.out()
          .println(store
              .record(id)
              .orElseThrow(() -> new UsageException("no finished run '" + id + "'")));
      return 0;
    }
    var rows = store.recent(instance, limit);
    if (rows.isEmpty()) {
      host.out().println("No runs yet. Start one with 'host-app run <integration>'.");
      return 0;
    }
    var table = new Table(
        List.of("run", "instance", "status", "started", "duration", "entities", "relationships"));
    for (var row : rows) {
      var totals = Json.read(row.totalsJson(), RunRecord.Totals.class);
      table.row(List.of(
          row.runId(),
          row.instanceId(),
          row.status(),
          row.startedAt().toString(),
          row.endedAt() == null ? "" : Numbers.seconds(row.durationMs() / 1000.0),
          totals.entities() == null ? "" : Numbers.count(sum(totals.entities().values())),
          totals.relationships() == null
              ? ""
              : Numbers.count(sum(totals.relationships().values()))));
    }
    table.print(host.out(), "");
    return 0;
  }

  private static long sum(java.util.Collection<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
