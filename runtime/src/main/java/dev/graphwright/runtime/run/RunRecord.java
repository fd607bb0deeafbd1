package dev.graphwright.runtime.run;

import dev.graphwright.neo4j.DuplicateSample;
import dev.graphwright.neo4j.PreviewDiff;
import dev.graphwright.neo4j.StaleDataSync;
import dev.graphwright.neo4j.mapping.MappingStats;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The record of one run, stored in the graph and written by {@code --summary-json}.
 *
 * @param status {@code SUCCESS} (every step succeeded), {@code PARTIAL_SUCCESS} (the run completed
 *     but some step did not succeed; its types were kept), {@code FAILED} (a fatal error stopped
 *     it; nothing was deleted)
 * @param phaseSeconds how long each phase took, in order: {@code steps} (every step, fetching and
 *     writing), {@code mapping} (resolving mapped relationships), {@code reconcile} (placeholders
 *     adopted or relinked), {@code sync} (stale data deleted), {@code totals} (the graph counted
 *     for this record); a phase that did not run is absent
 * @param windowFrom the last successful run's start, which integrations use as the start of
 *     incremental windows; null on a first run
 * @param windowTo the end of incremental windows (this run's start; a replay keeps the original's)
 * @param totals what the graph holds for this instance after the run
 * @param duplicates {@code _key}s written more than once in this run, per {@code _type}
 * @param partialTypes types the stale-data sync left alone
 * @param deleted stale objects deleted, per {@code _type}
 * @param deletionRefused types the deletion guard kept whole: the run would have deleted more
 *     than the allowed share of them ({@code --max-delete-share})
 * @param preview for a {@code --preview} run, per {@code _type}: what the run would create,
 *     update, leave unchanged and delete, and how many the instance holds (nothing was changed);
 *     null for a run; {@code deletionRefused} then lists what the guard would refuse
 * @param dangling relationships dropped because an end was missing, per {@code _type}
 */
public record RunRecord(
    String runId,
    String integration,
    String instance,
    String startedAt,
    String endedAt,
    long durationMs,
    Map<String, Double> phaseSeconds,
    String status,
    String error,
    String errorCode,
    String replayOf,
    String windowFrom,
    String windowTo,
    List<StepRecord> steps,
    Totals totals,
    Map<String, Long> duplicates,
    List<DuplicateSample> duplicateSamples,
    List<String> partialTypes,
    List<String> undeclaredTypes,
    long requests,
    long retries,
    long http409,
    Map<String, Long> metrics,
    Map<String, MappingStats.Counts> mappedRelationships,
    Map<String, Long> deleted,
    List<StaleDataSync.DeletionRefusal> deletionRefused,
    @Nullable Map<String, PreviewDiff.Change> preview,
    Map<String, Long> dangling,
    long peakHeapBytes,
    long peakLiveHeapBytes,
    long peakRssBytes,
    Map<String, String> config) {

  /** One step in the record. */
  public record StepRecord(
      String id,
      String name,
      String status,
      long durationMs,
      Map<String, Long> counts,
      String error,
      long pageFailures,
      List<String> pageFailureSamples) {}

  /**
   * Objects of the instance in the graph.
   *
   * @param entities per entity {@code _type}
   * @param relationships per relationship {@code _type}, direct and mapped
   * @param placeholders mapper-created nodes of this instance, per {@code _type}
   */
  public record Totals(
      Map<String, Long> entities,
      Map<String, Long> relationships,
      Map<String, Long> placeholders) {}

  /**
   * Exit code: 0 success, 1 completed with failed steps or refused deletions, 2 fatal. A preview
   * exits 0 when its steps succeeded, even if the guard would refuse deletions.
   */
  public int exitCode() {
    return switch (status) {
      case "SUCCESS" -> 0;
      case "PARTIAL_SUCCESS" -> 1;
      default -> 2;
    };
  }
}
