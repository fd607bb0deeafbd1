package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.console.ProgressBoard;
import dev.graphwright.host.console.RunSummaryPrinter;
import dev.graphwright.host.console.Terminal;
import dev.graphwright.host.graph.ResultFormatter;
import dev.graphwright.host.graph.SavedQueries;
import dev.graphwright.runtime.run.IntegrationRunner;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.runtime.run.RunRequest;
import dev.graphwright.runtime.run.RunnerSettings;
import dev.graphwright.neo4j.WriterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** What {@code run} and {@code replay} share: runner options, progress, summary, JSON record. */
final class RunSupport {

  static final Set<String> FLAGS = Set.of("no-raw", "quiet", "preview");
  static final Set<String> VALUED =
      Set.of(
          "summary-json", "batch-size", "writer-threads", "parallel-steps", "raw-keep-runs",
          "raw-max-mb", "show-query", "max-delete-share");

  static final String OPTIONS_HELP =
      """
        --summary-json FILE   also write the run record as JSON to FILE
        --no-raw              do not archive raw API responses
        --raw-keep-runs N     runs kept in the raw archive per instance (default 5)
        --raw-max-mb N        size cap of the raw archive per instance, oldest runs go first
                              (default 5120)
        --batch-size N        rows per write transaction (default 2000)
        --writer-threads N    concurrent write transactions (default 2)
        --parallel-steps N    independent steps run at once (default 3)
        --quiet               no progress display, summary only
        --preview             change nothing: run the steps into a scratch copy, report per type
                              what the run would create, update, leave and delete, then drop the
                              copy (no raw archive, no run history)
        --show-query NAME     after the run, print this saved query's answer (repeatable)
        --max-delete-share X  deletion guard: never delete more than this share of a type's
                              objects (when there are 100 or more) in one run; such a run keeps
                              them all and exits 1 (default 0.5; 1 allows everything)
      """;

  private RunSupport() {}

  static int execute(Host host, Args args, RunRequest given) throws IOException {
    var request = args.flag("preview") ? given.previewing() : given;
    var writer =
        WriterSettings.defaults()
            .withBatchSize(args.intValue("batch-size", 2000))
            .withThreads(args.intValue("writer-threads", 2));
    var defaults = RunnerSettings.defaults(host.options().dataDir());
    var settings =
        new RunnerSettings(
            host.options().dataDir(),
            writer,
            args.intValue("parallel-steps", defaults.stepParallelism()),
            defaults.mappingBatch(),
            !args.flag("no-raw"),
            args.intValue("raw-keep-runs", defaults.rawKeepRuns()),
            args.intValue("raw-max-mb", (int) (defaults.rawMaxBytes() >> 20)) * (1L << 20),
            maxDeleteShare(args));
    var graph = host.graph();
    host.err().println("Graph: " + graph.description() + " (Bolt " + graph.boltUri() + ")");
    RunRecord record;
    try (var board = board(host, args)) {
      record = new IntegrationRunner(graph.graph(), settings, host.clock(), board).run(request);
    }
    RunSummaryPrinter.print(record, host.out());
    var json = args.value("summary-json");
    if (json.isPresent()) {
      var path = Path.of(json.get());
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, Json.write(record) + "\n");
      host.out().println("  run record written to " + path);
    }
    if (record.exitCode() == 2) {
      host.err().println("error: " + record.error());
      if ("GRAPH_STORE_FAILED".equals(record.errorCode())) {
        host.err().println(StoreFailureHint.of(graph, host.options().dataDir()));
      }
    }
    if (!record.deletionRefused().isEmpty()) {
      host.err().println(
          (record.preview() != null ? "a run would refuse to delete " : "refused to delete ")
              + record.deletionRefused().stream()
                  .map(r -> r.wouldDelete() + " of " + r.existing() + " " + r.type())
                  .collect(java.util.stream.Collectors.joining(", "))
              + " (over --max-delete-share " + settings.maxDeleteShare() + "): all "
              + (record.preview() != null ? "would be" : "were") + " kept."
              + " If they are really gone, run again with --max-delete-share 1");
    }
    for (var name : args.values("show-query")) {
      showQuery(host, name);
    }
    return record.exitCode();
  }

  private static double maxDeleteShare(Args args) {
    var value = args.value("max-delete-share");
    if (value.isEmpty()) {
      return RunnerSettings.DEFAULT_MAX_DELETE_SHARE;
    }
    try {
      double share = Double.parseDouble(value.get());
      if (share >= 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--max-delete-share must be a number from 0 to 1 (the share of a type's objects one run may"
            + " delete), got '" + value.get() + "'");
  }

  private static void showQuery(Host host, String name) {
    var query =
        SavedQueries.find(name)
            .orElseThrow(() -> new UsageException("no saved query '" + name + "' (see 'host-app query --list')"));
    host.out().println();
    host.out().println(query.purpose() + "  [bin/host-app query " + name + "]");
    host.graph().graph().autoCommit(
        query.text(),
        java.util.Map.of(),
        result -> {
          ResultFormatter.print(result.keys(), result.list(), ResultFormatter.Format.TABLE, host.out());
          return null;
        });
  }

  private static ProgressBoard board(Host host, Args args) {
    if (args.flag("quiet")) {
      return ProgressBoard.silent();
    }
    return new ProgressBoard(host.err(), Terminal.interactive(), Duration.ofSeconds(10));
  }
}
