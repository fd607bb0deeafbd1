package dev.graphwright.runtime.run;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.GraphWriteException;
import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.neo4j.DuplicateSample;
import dev.graphwright.neo4j.PreviewDiff;
import dev.graphwright.neo4j.StaleDataSync;
import dev.graphwright.neo4j.WriteStats;
import dev.graphwright.neo4j.mapping.MappingStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Collects a run's facts as the phases produce them, then builds the {@link RunRecord}. */
final class RunRecordBuilder {

  private final ExecutionInfo execution;
  private final RunRequest request;
  private final Instant startedAt;
  private final List<RunRecord.StepRecord> steps = new ArrayList<>();
  private boolean anyStepIncomplete;
  private RuntimeException fatal;
  private List<String> partialTypes = List.of();
  private List<String> undeclaredTypes = List.of();
  private Map<String, Long> metrics = Map.of();
  private Map<String, MappingStats.Counts> mapping = Map.of();
  private Map<String, Long> deleted = Map.of();
  private List<StaleDataSync.DeletionRefusal> deletionRefused = List.of();
  private @Nullable Map<String, PreviewDiff.Change> preview;
  private Map<String, Long> duplicates = Map.of();
  private List<DuplicateSample> duplicateSamples = List.of();
  private Map<String, Long> dangling = new TreeMap<>();
  private RunRecord.Totals totals = new RunRecord.Totals(Map.of(), Map.of(), Map.of());
  private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();

  RunRecordBuilder(ExecutionInfo execution, RunRequest request, Instant startedAt) {
    this.execution = execution;
    this.request = request;
    this.startedAt = startedAt;
  }

  void steps(StepPlanner planner, Map<String, StepOutcome> outcomes) {
    for (var id : planner.topologicalOrder()) {
      var outcome = outcomes.get(id);
      if (outcome == null) {
        continue;
      }
      // A step the config switched off is not a shortfall of the run.
      anyStepIncomplete |=
          outcome.status() != StepStatus.SUCCESS && outcome.status() != StepStatus.DISABLED;
      steps.add(new RunRecord.StepRecord(
          id,
          planner.steps().get(id).spec().name(),
          outcome.status().name(),
          outcome.durationMs(),
          outcome.counts(),
          outcome.error(),
          outcome.pageFailures(),
          outcome.pageFailureSamples()));
    }
  }

  void types(SyncPlan plan) {
    partialTypes = plan.partialTypes();
    undeclaredTypes = plan.undeclaredTypes();
  }

  void fatal(RuntimeException error) {
    fatal = error;
  }

  /** Whether the run stopped because the graph database takes no more writes. */
  boolean storeFailed() {
    return fatal instanceof GraphWriteException e && e.fatal();
  }

  void mapping(MappingStats stats) {
    mapping = stats.byType();
    stats.byType().forEach((type, counts) -> {
      if (counts.missingSources() > 0) {
        dangling.merge(type, counts.missingSources(), Long::sum);
      }
    });
  }

  void sync(StaleDataSync.Result result) {
    deleted = result.deleted();
    deletionRefused = result.refused();
  }

  /** A preview's comparison, and what the deletion guard would refuse. */
  void preview(Map<String, PreviewDiff.Change> changes, double maxDeleteShare) {
    preview = changes;
    deletionRefused = PreviewDiff.refusals(changes, maxDeleteShare);
  }

  void writes(WriteStats stats) {
    duplicates = stats.duplicates();
    duplicateSamples = stats.duplicateSamples();
    stats.dangling().forEach((type, n) -> {
      if (n > 0) {
        dangling.merge(type, n, Long::sum);
      }
    });
  }

  void metrics(Map<String, Long> snapshot) {
    metrics = snapshot;
  }

  void totals(RunRecord.Totals counted) {
    totals = counted;
  }

  /** How long a phase of the run took, from {@code startedNanos} until now. */
  void phase(String name, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    phaseSeconds.put(name, Math.round(seconds * 1000) / 1000.0);
  }

  RunRecord build(Instant endedAt, Map<String, String> config) {
    String status = fatal != null
        ? "FAILED"
        : anyStepIncomplete || (preview == null && !deletionRefused.isEmpty())
            ? "PARTIAL_SUCCESS"
            : "SUCCESS";
    return new RunRecord(
        execution.runId(),
        execution.integrationId(),
        execution.instanceId(),
        startedAt.toString(),
        endedAt.toString(),
        endedAt.toEpochMilli() - startedAt.toEpochMilli(),
        new LinkedHashMap<>(phaseSeconds),
        status,
        fatal == null ? null : Errors.oneLine(fatal),
        fatal == null ? null : fatal instanceof IntegrationException e ? e.code() : "RUN_FAILED",
        request.replayOf().orElse(null),
        execution.lastSuccessfulRunStartedAt().map(Instant::toString).orElse(null),
        execution.startedAt().toString(),
        steps,
        totals,
        duplicates,
        duplicateSamples,
        partialTypes,
        undeclaredTypes,
        metrics.getOrDefault(RunMetrics.REQUESTS, 0L),
        metrics.getOrDefault(RunMetrics.RETRIES, 0L),
        metrics.getOrDefault(RunMetrics.HTTP_409, 0L),
        metrics,
        mapping,
        deleted,
        deletionRefused,
        preview,
        dangling,
        HeapPeak.bytes(),
        HeapPeak.liveBytes(),
        HeapPeak.rssBytes(),
        config);
  }
}
