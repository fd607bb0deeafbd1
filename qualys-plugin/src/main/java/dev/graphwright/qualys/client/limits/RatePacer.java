package dev.graphwright.qualys.client.limits;

import java.util.concurrent.TimeUnit;

/**
 * The rate side of one API's governor: when the next call may start. Honours {@code
 * X-RateLimit-ToWait-Sec} (and 409/1965 waits) for every call, and when {@code Remaining} runs low
 * spreads the remaining calls over a window instead of running into 1965. Not thread-safe: the
 * governor's lock guards it.
 */
final class RatePacer {

  private static final long MAX_PACE_NANOS = TimeUnit.MINUTES.toNanos(5);

  private final GovernorSettings settings;
  private long notBefore;
  private long paceNanos;
  private long lastStart;
  // Whether paceNanos was derived from Remaining = 0 without a wait named in the same headers.
  private boolean pacedFromNoneLeft;

  RatePacer(GovernorSettings settings, long now) {
    this.settings = settings;
    this.notBefore = now;
    this.lastStart = now - MAX_PACE_NANOS;
  }

  /** Nanoseconds until the next call may start (≤ 0: now). */
  long waitNanos(long now) {
    return Math.max(notBefore - now, lastStart + paceNanos - now);
  }

  void started(long now) {
    lastStart = now;
  }

  /** No call before {@code until}. */
  void holdUntil(long until) {
    notBefore = Math.max(notBefore, until);
  }

  void learn(ApiLimits limits, long now) {
    Integer toWait = limits.toWaitSeconds();
    boolean waitNamed = false;
    if (toWait != null && toWait > 0) {
      waitNamed = true;
      holdUntil(now + TimeUnit.SECONDS.toNanos(toWait));
    }
    Integer remaining = limits.rateRemaining();
    Integer window = limits.rateWindowSeconds();
    if (remaining == null || window == null) {
      return;
    }
    int rateLimit = limits.rateLimit() == null ? 0 : limits.rateLimit();
    int paceBelow =
        Math.max(settings.paceBelowMinimum(), (int) (rateLimit * settings.paceBelowFraction()));
    pacedFromNoneLeft = false;
    if (remaining > paceBelow) {
      paceNanos = 0;
    } else if (remaining == 0 && waitNamed) {
      // Qualys said when the next call is allowed: the hold is all the waiting needed. A pace of
      // window / (0 + 1) would stop this API for minutes after a wait of seconds.
      paceNanos = 0;
    } else {
      // The window rolls, so its end is unknown: spread what is left over a whole window.
      paceNanos = Math.min(MAX_PACE_NANOS, TimeUnit.SECONDS.toNanos(window) / (remaining + 1));
      pacedFromNoneLeft = remaining == 0;
    }
  }

  /**
   * A 1965 refusal named its wait (header or body): no call before {@code until}, and a pace
   * guessed from {@code Remaining: 0} of the same answer no longer holds calls after it.
   */
  void rateRefused(long until) {
    holdUntil(until);
    if (pacedFromNoneLeft) {
      paceNanos = 0;
      pacedFromNoneLeft = false;
    }
  }
}
