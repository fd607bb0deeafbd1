package dev.graphwright.runtime.run;

import dev.graphwright.api.config.IntegrationConfig;
import java.time.Instant;
import java.util.Optional;

/**
 * What to run.
 *
 * @param integration the integration
 * @param instanceId the instance (account) id; scopes every key
 * @param config the validated config
 * @param onlyStep run just this step, reading its ancestors' output from the graph
 * @param withAncestors with {@code onlyStep}: run the step's ancestors first, in this run
 * @param replayOf the run whose raw archive replaces the network
 * @param replayStartedAt the replayed run's start and its incremental window start, so the
 *     replay sends the same requests
 * @param replayLastSuccess the replayed run's "last successful run" instant
 * @param preview run the steps into a scratch instance, report per type what the run would
 *     create, update, leave and delete, then drop the scratch: the instance is left as it was
 */
public record RunRequest(
    LoadedIntegration integration,
    String instanceId,
    IntegrationConfig config,
    Optional<String> onlyStep,
    boolean withAncestors,
    Optional<String> replayOf,
    Optional<Instant> replayStartedAt,
    Optional<Instant> replayLastSuccess,
    boolean preview) {

  public static RunRequest of(
      LoadedIntegration integration, String instanceId, IntegrationConfig config) {
    return new RunRequest(
        integration,
        instanceId,
        config,
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  public RunRequest onlyStep(String stepId) {
    return new RunRequest(
        integration,
        instanceId,
        config,
        Optional.of(stepId),
        false,
        replayOf,
        replayStartedAt,
        replayLastSuccess,
        preview);
  }

  /** Runs one step and every step it depends on, in this run. */
  public RunRequest stepWithAncestors(String stepId) {
    return new RunRequest(
        integration,
        instanceId,
        config,
        Optional.of(stepId),
        true,
        replayOf,
        replayStartedAt,
        replayLastSuccess,
        preview);
  }

  public RunRequest replaying(String runId, Instant startedAt, Optional<Instant> lastSuccess) {
    return new RunRequest(
        integration,
        instanceId,
        config,
        onlyStep,
        withAncestors,
        Optional.of(runId),
        Optional.of(startedAt),
        lastSuccess,
        preview);
  }

  /** The same run as a preview: nothing in the instance changes. */
  public RunRequest previewing() {
    return new RunRequest(
        integration,
        instanceId,
        config,
        onlyStep,
        withAncestors,
        replayOf,
        replayStartedAt,
        replayLastSuccess,
        true);
  }
}
