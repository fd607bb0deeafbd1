package dev.graphwright.api;

import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.state.JobState;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * Everything a running step may use. Implementations are thread-safe: a step may hand the context
 * to its own worker threads.
 */
public interface StepContext {

  /** The run this step belongs to. */
  ExecutionInfo execution();

  /** The validated config of the integration instance. */
  IntegrationConfig config();

  /** A logger whose lines carry the run, instance and step. */
  Logger logger();

  /** Where the step reports how far it got; rendered live by the host. */
  Progress progress();

  /** Counters reported in the run record ({@code requests}, {@code retries}, {@code http409}). */
  RunMetrics metrics();

  /** Writes and reads graph objects of this integration instance. */
  JobState jobState();

  /** Archives raw API responses while they stream, and serves them back on replay. */
  RawArchive rawArchive();

  /**
   * Reports a page (or record) that could not be ingested. The step goes on; its declared types
   * become partial so the host deletes nothing on their account.
   *
   * @param what which page or record, e.g. {@code "detections ids=1-1000"}
   * @param error why, with the provider's code and text where there is one
   */
  void reportPageFailure(String what, Throwable error);

  /**
   * Returns the run-scoped object of this type, creating it on first use. Objects are shared by
   * all steps of the run and closed at the end of the run if they are {@link AutoCloseable}; use
   * this for API clients and their rate-limit state.
   */
  <T> T runResource(Class<T> type, Function<RunResources, T> factory);

  /** What a run resource factory may use. */
  interface RunResources {
    ExecutionInfo execution();

    IntegrationConfig config();

    RunMetrics metrics();

    RawArchive rawArchive();
  }
}
