package dev.graphwright.runtime.run;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The objects a run's steps share (API clients and their rate-limit state), created on first use
 * and closed when the run ends.
 */
final class SharedRunResources implements StepContext.RunResources, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SharedRunResources.class);

  private final ExecutionInfo execution;
  private final Map<String, Instant> stepLastSuccess;
  private final IntegrationConfig config;
  private final RunMetrics metrics;
  private final RawArchive rawArchive;
  private final Map<Class<?>, Object> resources = new ConcurrentHashMap<>();

  /**
   * @param stepLastSuccess per step, the start of the last successful run in which it ran; a step
   *     missing from it (never ran, or switched off since) runs as on a first run
   */
  SharedRunResources(
      ExecutionInfo execution,
      Map<String, Instant> stepLastSuccess,
      IntegrationConfig config,
      RunMetrics metrics,
      RawArchive rawArchive) {
    this.execution = execution;
    this.stepLastSuccess = Map.copyOf(stepLastSuccess);
    this.config = config;
    this.metrics = metrics;
    this.rawArchive = rawArchive;
  }

  <T> T get(Class<T> type, Function<StepContext.RunResources, T> factory) {
    return type.cast(resources.computeIfAbsent(type, t -> factory.apply(this)));
  }

  @Override
  public ExecutionInfo execution() {
    return execution;
  }

  /** The run as one step sees it: its incremental window starts at its own last success. */
  ExecutionInfo execution(String stepId) {
    if (execution.replay() || execution.lastSuccessfulRunStartedAt().isEmpty()) {
      return execution;
    }
    return new ExecutionInfo(
        execution.runId(),
        execution.integrationId(),
        execution.instanceId(),
        execution.startedAt(),
        Optional.ofNullable(stepLastSuccess.get(stepId)),
        execution.replay());
  }

  @Override
  public IntegrationConfig config() {
    return config;
  }

  @Override
  public RunMetrics metrics() {
    return metrics;
  }

  @Override
  public RawArchive rawArchive() {
    return rawArchive;
  }

  @Override
  public void close() {
    var all = new ArrayList<>(resources.values());
    Collections.reverse(all);
    for (var resource : all) {
      if (resource instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          log.warn("Closing run resource {} failed", resource.getClass().getSimpleName(), e);
        }
      }
    }
    resources.clear();
  }
}
