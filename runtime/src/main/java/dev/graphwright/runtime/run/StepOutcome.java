package dev.graphwright.runtime.run;

import java.util.List;
import java.util.Map;

/**
 * The result of one step.
 *
 * @param id the step id
 * @param status how it ended
 * @param durationMs wall time
 * @param counts objects emitted per {@code _type}
 * @param error the error that failed it, one line, or null
 * @param pageFailures pages or records that could not be ingested
 * @param pageFailureSamples the first few of them, with reasons
 */
public record StepOutcome(
    String id,
    StepStatus status,
    long durationMs,
    Map<String, Long> counts,
    String error,
    long pageFailures,
    List<String> pageFailureSamples) {

  static StepOutcome notRun(String id) {
    return new StepOutcome(id, StepStatus.NOT_RUN, 0, Map.of(), null, 0, List.of());
  }

  static StepOutcome disabled(String id) {
    return new StepOutcome(id, StepStatus.DISABLED, 0, Map.of(), null, 0, List.of());
  }
}
