package dev.graphwright.qualys.sim.limits;

import java.util.concurrent.TimeUnit;

/**
 * Qualys' two controls for one API: a concurrency limit and a rolling-window rate limit.
 *
 * <p>A call refused for concurrency (which takes precedence) or for rate is not counted in the
 * window. An admitted call is counted, so the headers of its response show the window after it.
 * A limit of 0 disables that control; its headers then show {@code Integer.MAX_VALUE}.
 */
public final class ApiLimiter {
  private final LimitSettings settings;
  private final CallWindow window = new CallWindow();
  private int running;
  private int maxRunning;

  ApiLimiter(LimitSettings settings) {
    this.settings = settings;
  }

  /** Decides one call. {@code forced} injects a refusal (fault); null for none. */
  public synchronized Admission enter(int foreignRunning, long nowNanos, Admission.Outcome forced) {
    long windowNanos = TimeUnit.SECONDS.toNanos(settings.rateWindowSec());
    window.dropUpTo(nowNanos - windowNanos);
    int limit = settings.concurrencyLimit();
    boolean busy = limit > 0 && running + foreignRunning >= limit;
    if (forced == Admission.Outcome.CONCURRENCY || busy) {
      int shown = Math.max(running + foreignRunning, limit);
      int toFinish = Math.max(1, shown - limit + 1);
      return new Admission(
          Admission.Outcome.CONCURRENCY, state(shown, nowNanos, windowNanos), toFinish, 0, null);
    }
    boolean exhausted = settings.rateLimit() > 0 && window.size() >= settings.rateLimit();
    if (forced == Admission.Outcome.RATE || exhausted) {
      long wait = exhausted ? secondsUntilFree(nowNanos, windowNanos) : 1 + (nowNanos & 1);
      var state = new LimitState(
          settings.rateLimit() > 0 ? settings.rateLimit() : Integer.MAX_VALUE,
          settings.rateWindowSec(),
          limit > 0 ? limit : Integer.MAX_VALUE,
          running + foreignRunning,
          wait,
          0);
      return new Admission(Admission.Outcome.RATE, state, 0, wait, null);
    }
    window.add(nowNanos);
    running++;
    maxRunning = Math.max(maxRunning, running);
    var slot = new CallSlot(this::exit);
    return new Admission(
        Admission.Outcome.ADMITTED,
        state(running + foreignRunning, nowNanos, windowNanos),
        0,
        0,
        slot);
  }

  /** Calls of this API running now (own calls only). */
  public synchronized int running() {
    return running;
  }

  /** The most calls of this API that ran at once (own calls only) since the last reset. */
  public synchronized int maxRunning() {
    return maxRunning;
  }

  /** Forgets the peak (the rolling window and running calls stay). */
  public synchronized void resetPeak() {
    maxRunning = running;
  }

  private synchronized void exit() {
    running--;
  }

  // A disabled control shows the largest value, so clients that pace themselves by the headers
  // do not slow down.
  private LimitState state(int shownRunning, long nowNanos, long windowNanos) {
    int rateLimit = settings.rateLimit();
    int concurrency =
        settings.concurrencyLimit() > 0 ? settings.concurrencyLimit() : Integer.MAX_VALUE;
    if (rateLimit == 0) {
      return new LimitState(
          Integer.MAX_VALUE,
          settings.rateWindowSec(),
          concurrency,
          shownRunning,
          0,
          Integer.MAX_VALUE);
    }
    int remaining = Math.max(0, rateLimit - window.size());
    long toWait = remaining == 0 ? secondsUntilFree(nowNanos, windowNanos) : 0;
    return new LimitState(
        rateLimit, settings.rateWindowSec(), concurrency, shownRunning, toWait, remaining);
  }

  private long secondsUntilFree(long nowNanos, long windowNanos) {
    long nanos = window.oldest() + windowNanos - nowNanos;
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }
}
