package dev.graphwright.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Facts about the current run.
 *
 * @param runId unique id of this run
 * @param integrationId the integration's {@link Integration#id()}
 * @param instanceId the integration instance (one per account); scopes every key in the graph
 * @param startedAt when this run started
 * @param lastSuccessfulRunStartedAt when the last successful run of this instance started, for
 *     incremental windows; empty on the first run. A step's context gives the last successful run
 *     in which that step ran: a step that was switched off ({@link StepSpec#enabledBy}) starts
 *     again as on a first run when it is switched back on, instead of missing what changed while
 *     it was off
 * @param replay whether responses come from a raw archive instead of the network
 */
public record ExecutionInfo(
    String runId,
    String integrationId,
    String instanceId,
    Instant startedAt,
    Optional<Instant> lastSuccessfulRunStartedAt,
    boolean replay) {}
