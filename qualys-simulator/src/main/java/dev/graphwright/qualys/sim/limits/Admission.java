package dev.graphwright.qualys.sim.limits;

/**
 * The limiter's answer to one call.
 *
 * @param callsToFinish for a concurrency refusal, how many running calls must end first
 * @param secondsToWait for a rate refusal, how long until a call is allowed
 * @param slot the running call to release when its body is written; null when refused
 */
public record Admission(
    Outcome outcome, LimitState state, int callsToFinish, long secondsToWait, CallSlot slot) {

  /** Whether the call may run. */
  public boolean admitted() {
    return outcome == Outcome.ADMITTED;
  }

  /** What the limiter decided. */
  public enum Outcome {
    ADMITTED,
    CONCURRENCY,
    RATE
  }
}
