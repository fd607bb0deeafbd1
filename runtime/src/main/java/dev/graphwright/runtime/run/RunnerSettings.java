package dev.graphwright.runtime.run;

import dev.graphwright.neo4j.WriterSettings;
import java.nio.file.Path;

/**
 * How the host runs integrations.
 *
 * @param dataDir where work files and the raw archive live
 * @param writer the batched writer's tuning
 * @param stepParallelism how many independent steps run at once
 * @param mappingBatch mapped relationships resolved per batch
 * @param rawArchive whether API responses are archived
 * @param rawKeepRuns runs kept in the raw archive per instance
 * @param rawMaxBytes the raw archive's size cap per instance
 * @param maxDeleteShare the largest share of a type's objects one run may delete (the deletion
 *     guard; 1 allows everything)
 */
public record RunnerSettings(
    Path dataDir,
    WriterSettings writer,
    int stepParallelism,
    int mappingBatch,
    boolean rawArchive,
    int rawKeepRuns,
    long rawMaxBytes,
    double maxDeleteShare) {

  /** The share of a type a run may delete unless told otherwise. */
  public static final double DEFAULT_MAX_DELETE_SHARE = 0.5;

  public RunnerSettings {
    if (!(maxDeleteShare >= 0 && maxDeleteShare <= 1)) {
      throw new IllegalArgumentException(
          "maxDeleteShare must lie in [0, 1], got " + maxDeleteShare);
    }
  }

  public static RunnerSettings defaults(Path dataDir) {
    return new RunnerSettings(
        dataDir, WriterSettings.defaults(), 3, 2000, true, 5, 5L << 30, DEFAULT_MAX_DELETE_SHARE);
  }

  public RunnerSettings withWriter(WriterSettings settings) {
    return new RunnerSettings(
        dataDir,
        settings,
        stepParallelism,
        mappingBatch,
        rawArchive,
        rawKeepRuns,
        rawMaxBytes,
        maxDeleteShare);
  }

  public RunnerSettings withRawArchive(boolean enabled) {
    return new RunnerSettings(
        dataDir,
        writer,
        stepParallelism,
        mappingBatch,
        enabled,
        rawKeepRuns,
        rawMaxBytes,
        maxDeleteShare);
  }

  public RunnerSettings withMaxDeleteShare(double share) {
    return new RunnerSettings(
        dataDir,
        writer,
        stepParallelism,
        mappingBatch,
        rawArchive,
        rawKeepRuns,
        rawMaxBytes,
        share);
  }

  public Path rawRoot() {
    return dataDir.resolve("raw");
  }
}
