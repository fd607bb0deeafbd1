package dev.graphwright.runtime.run;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
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
  private final IntegrationConfig config;
  private final RunMetrics metrics;
  private final RawArchive rawArchive;
  private final Map<Class<?>, Object> resources = new ConcurrentHashMap<>();

  SharedRunResources(
      ExecutionInfo execution, IntegrationConfig config, RunMetrics metrics, RawArchive rawArchive) {
    this.execution = execution;
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
