package dev.graphwright.host.cli;

import dev.graphwright.host.UsageException;
import dev.graphwright.neo4j.WriterSettings;
import dev.graphwright.runtime.run.RunnerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code replay} share; their defaults come from {@link RunDefaults}. */
final class RunOptions {

  @Option(
      names = "--summary-json",
      paramLabel = "FILE",
      description = "also write the run record as JSON to FILE")
  @Nullable
  Path summaryJson;

  @Option(names = "--no-raw", description = "do not archive raw API responses")
  boolean noRaw;

  @Option(
      names = "--raw-keep-runs",
      paramLabel = "N",
      description = "runs kept in the raw archive per instance (default: ${DEFAULT-VALUE})")
  int rawKeepRuns;

  @Option(
      names = "--raw-max-mb",
      paramLabel = "N",
      description = "size cap of the raw archive per instance; the oldest runs go first"
          + " (default: ${DEFAULT-VALUE})")
  int rawMaxMb;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "rows per write transaction (default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(
      names = "--writer-threads",
      paramLabel = "N",
      description = "concurrent write transactions (default: ${DEFAULT-VALUE})")
  int writerThreads;

  @Option(
      names = "--parallel-steps",
      paramLabel = "N",
      description = "independent steps run at once (default: ${DEFAULT-VALUE})")
  int parallelSteps;

  @Option(names = "--quiet", description = "no progress display, summary only")
  boolean quiet;

  @Option(
      names = "--preview",
      description = "change nothing: run the steps into a scratch copy, report per type what the"
          + " run would create, update, leave and delete, then drop the copy (no raw archive, no"
          + " run history)")
  boolean preview;

  @Option(
      names = "--show-query",
      paramLabel = "NAME",
      description = "after the run, print this saved query's answer (repeatable)")
  List<String> showQueries = new ArrayList<>();

  @Option(
      names = "--max-delete-share",
      paramLabel = "X",
      converter = ShareConverter.class,
      description = "deletion guard: never delete more than this share of a type's objects (when"
          + " there are 100 or more) in one run; such a run keeps them all and exits 1"
          + " (default: ${DEFAULT-VALUE}; 1 allows everything)")
  double maxDeleteShare;

  /** The runner's settings for a run in {@code dataDir}. */
  RunnerSettings settings(Path dataDir) {
    positive("--batch-size", batchSize);
    positive("--writer-threads", writerThreads);
    positive("--parallel-steps", parallelSteps);
    positive("--raw-keep-runs", rawKeepRuns);
    positive("--raw-max-mb", rawMaxMb);
    var defaults = RunnerSettings.defaults(dataDir);
    var writer = WriterSettings.defaults().withBatchSize(batchSize).withThreads(writerThreads);
    return new RunnerSettings(
        dataDir,
        writer,
        parallelSteps,
        defaults.mappingBatch(),
        !noRaw,
        rawKeepRuns,
        rawMaxMb * (1L << 20),
        maxDeleteShare);
  }

  private static void positive(String option, int value) {
    if (value < 1) {
      throw new UsageException(option + " must be 1 or more, got " + value);
    }
  }
}
