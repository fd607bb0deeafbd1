package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.console.ProgressBoard;
import dev.graphwright.host.console.RunSummaryPrinter;
import dev.graphwright.host.console.Terminal;
import dev.graphwright.host.graph.ResultFormatter;
import dev.graphwright.host.graph.SavedQueries;
import dev.graphwright.runtime.run.IntegrationRunner;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.runtime.run.RunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/** What {@code run} and {@code replay} share: runner options, progress, summary, JSON record. */
final class RunSupport {

  private RunSupport() {}

  static int execute(Host host, RunOptions options, RunRequest given) throws IOException {
    var request = options.preview ? given.previewing() : given;
    var settings = options.settings(host.options().dataDir());
    var graph = host.graph();
    host.err().println("Graph: " + graph.description() + " (Bolt " + graph.boltUri() + ")");
    RunRecord record;
    try (var board = board(host, options.quiet)) {
      record = new IntegrationRunner(graph.graph(), settings, host.clock(), board).run(request);
    }
    RunSummaryPrinter.print(record, host.out());
    var path = options.summaryJson;
    if (path != null) {
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
      host.err()
          .println(
              (record.preview() != null ? "a run would refuse to delete " : "refused to delete ")
                  + record.deletionRefused().stream()
                      .map(r -> r.wouldDelete() + " of " + r.existing() + " " + r.type())
                      .collect(java.util.stream.Collectors.joining(", "))
                  + " (over --max-delete-share " + settings.maxDeleteShare() + "): all "
                  + (record.preview() != null ? "would be" : "were") + " kept."
                  + " If they are really gone, run again with --max-delete-share 1");
    }
    for (var name : options.showQueries) {
      showQuery(host, name);
    }
    return record.exitCode();
  }

  private static void showQuery(Host host, String name) {
    var query = SavedQueries.find(name)
        .orElseThrow(() ->
            new UsageException("no saved query '" + name + "' (see 'host-app query --list')"));
    host.out().println();
    host.out().println(query.purpose() + "  [bin/host-app query " + name + "]");
    host.graph().graph().autoCommit(query.text(), java.util.Map.of(), result -> {
      ResultFormatter.print(result.keys(), result.list(), ResultFormatter.Format.TABLE, host.out());
      return null;
    });
  }

  private static ProgressBoard board(Host host, boolean quiet) {
    if (quiet) {
      return ProgressBoard.silent();
    }
    return new ProgressBoard(host.err(), Terminal.interactive(), Duration.ofSeconds(10));
  }
}
