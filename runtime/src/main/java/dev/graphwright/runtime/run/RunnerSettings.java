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
 */
public record RunnerSettings(
    Path dataDir,
    WriterSettings writer,
    int stepParallelism,
    int mappingBatch,
    boolean rawArchive,
    int rawKeepRuns,
    long rawMaxBytes) {

  public static RunnerSettings defaults(Path dataDir) {
    return new RunnerSettings(dataDir, WriterSettings.defaults(), 3, 2000, true, 5, 5L << 30);
  }

  public RunnerSettings withWriter(WriterSettings settings) {
    return new RunnerSettings(
        dataDir, settings, stepParallelism, mappingBatch, rawArchive, rawKeepRuns, rawMaxBytes);
  }

  public RunnerSettings withRawArchive(boolean enabled) {
    return new RunnerSettings(
        dataDir, writer, stepParallelism, mappingBatch, enabled, rawKeepRuns, rawMaxBytes);
  }

  public Path rawRoot() {
    return dataDir.resolve("raw");
  }
}
