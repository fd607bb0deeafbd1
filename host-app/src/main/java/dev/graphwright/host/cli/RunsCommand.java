package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.console.Numbers;
import dev.graphwright.host.console.Table;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.neo4j.RunStore;
import java.util.List;
import java.util.Set;

/** {@code runs}: recent runs with status, duration and counts; {@code runs <id>}: one record. */
public final class RunsCommand implements Command {

  @Override
  public String name() {
    return "runs";
  }

  @Override
  public String summary() {
    return "list recent runs, or print one run's record";
  }

  @Override
  public String help() {
    return """
        usage: host-app runs [--instance ID] [--limit N]
               host-app runs <run-id>

        Lists recent runs (newest first) with status, start, duration and what the graph
        held for the instance afterwards; with a run id, prints that run's full record
        (JSON, the same as --summary-json wrote). CRASHED marks a run that was killed; the
        next run of its instance completes its work.
        """;
  }

  @Override
  public Set<String> valued() {
    return Set.of("instance", "limit");
  }

  @Override
  public int run(Args args, Host host) {
    var store = new RunStore(host.graph().graph());
    if (args.positional().size() == 1) {
      var id = args.positional().get(0);
      host.out().println(store.record(id).orElseThrow(() -> new UsageException("no finished run '" + id + "'")));
      return 0;
    }
    var rows = store.recent(args.value("instance").orElse(null), args.intValue("limit", 20));
    if (rows.isEmpty()) {
      host.out().println("No runs yet. Start one with 'host-app run <integration>'.");
      return 0;
    }
    var table =
        new Table(List.of("run", "instance", "status", "started", "duration", "entities", "relationships"));
    for (var row : rows) {
      var totals = Json.read(row.totalsJson(), RunRecord.Totals.class);
      table.row(
          List.of(
              row.runId(),
              row.instanceId(),
              row.status(),
              row.startedAt().toString(),
              row.endedAt() == null ? "" : Numbers.seconds(row.durationMs() / 1000.0),
              totals.entities() == null ? "" : Numbers.count(sum(totals.entities().values())),
              totals.relationships() == null ? "" : Numbers.count(sum(totals.relationships().values()))));
    }
    table.print(host.out(), "");
    return 0;
  }

  private static long sum(java.util.Collection<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }
}
