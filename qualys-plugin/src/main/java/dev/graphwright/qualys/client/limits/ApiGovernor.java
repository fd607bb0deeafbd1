package dev.graphwright.qualys.client.limits;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Admission control for one Qualys API: keeps our calls in flight within what the subscription
 * allows and paces them against the rate limit. Thread-safe; every response updates it at once.
 *
 * <p>Capacity = min(cap, limit − calls running elsewhere − reserve), at least 1. While the limit is
 * unknown a single probe call is admitted; its response headers open the gate for the others. An
 * API that never sends limit headers runs at the cap ({@link #fixed fixed} APIs: QPS).
 */
public final class ApiGovernor {

  private static final long MAX_PACE_NANOS = TimeUnit.MINUTES.toNanos(5);

  private final String api;
  private final GovernorSettings settings;
  private final boolean fixed;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ForeignCalls foreign = new ForeignCalls();
  private int inFlight;
  private @Nullable Integer limit;
  private boolean headerless;
  private long notBefore;
  private long paceNanos;
  private long lastStart;
  private boolean closed;

  ApiGovernor(
      String api, GovernorSettings settings, boolean fixed, @Nullable ApiLimits seed) {
    this.api = api;
    this.settings = settings;
    this.fixed = fixed;
    if (seed != null && seed.concurrencyLimit() != null) {
      limit = seed.concurrencyLimit();
      if (seed.concurrencyRunning() != null) {
        // The seeding call (about.php) was ours and is counted in its Running.
        foreign.add(seed.concurrencyRunning() - 1);
      }
    }
    this.lastStart = System.nanoTime() - MAX_PACE_NANOS;
  }

  /** Waits until a call may start, then counts it in flight. Release the permit when done. */
  public Permit acquire() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (true) {
        if (closed) {
          throw new InterruptedException("client closed");
        }
        long now = System.nanoTime();
        long wait = Math.max(notBefore - now, lastStart + paceNanos - now);
        if (inFlight >= capacity()) {
          changed.await(1, TimeUnit.SECONDS);
        } else if (wait > 0) {
          changed.awaitNanos(wait);
        } else {
          inFlight++;
          lastStart = now;
          return new Permit(this);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Calls allowed in flight now. */
  public int capacity() {
    lock.lock();
    try {
      if (fixed || headerless) {
        return settings.cap();
      }
      if (limit == null) {
        return 1;
      }
      int free = limit - foreign.estimate() - settings.reserve();
      return Math.max(1, Math.min(settings.cap(), free));
    } finally {
      lock.unlock();
    }
  }

  /** The concurrency limit Qualys announced for this API, or null while unknown. */
  public @Nullable Integer limit() {
    lock.lock();
    try {
      return limit;
    } finally {
      lock.unlock();
    }
  }

  void onResponse(ApiLimits limits) {
    if (fixed) {
      return;
    }
    lock.lock();
    try {
      if (limits.concurrencyLimit() != null) {
        limit = limits.concurrencyLimit();
        headerless = false;
      } else if (limit == null && !limits.any()) {
        headerless = true;
      }
      if (limits.concurrencyRunning() != null) {
        // Running counts this call and our others in flight; the rest is someone else's.
        foreign.add(limits.concurrencyRunning() - inFlight);
      }
      applyRate(limits);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** A 409 for concurrency (1960/1920): learn from it and hold everyone back for a moment. */
  void onConcurrencyConflict(ApiLimits limits, long waitNanos) {
    lock.lock();
    try {
      onResponse(limits);
      if (limits.concurrencyLimit() == null) {
        limit = Math.max(1, inFlight - 1);
        headerless = false;
      }
      notBefore = Math.max(notBefore, System.nanoTime() + waitNanos);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** A 409 for the rate limit (1965): nobody calls this API before the announced wait is over. */
  void onRateConflict(ApiLimits limits, long waitNanos) {
    lock.lock();
    try {
      onResponse(limits);
      notBefore = Math.max(notBefore, System.nanoTime() + waitNanos);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void applyRate(ApiLimits limits) {
    long now = System.nanoTime();
    Integer toWait = limits.toWaitSeconds();
    if (toWait != null && toWait > 0) {
      notBefore = Math.max(notBefore, now + TimeUnit.SECONDS.toNanos(toWait));
    }
    Integer remaining = limits.rateRemaining();
    Integer window = limits.rateWindowSeconds();
    if (remaining == null || window == null) {
      return;
    }
    int rateLimit = limits.rateLimit() == null ? 0 : limits.rateLimit();
    int paceBelow =
        Math.max(settings.paceBelowMinimum(), (int) (rateLimit * settings.paceBelowFraction()));
    if (remaining > paceBelow) {
      paceNanos = 0;
    } else {
      // The window rolls, so its end is unknown: spread what is left over a whole window.
      paceNanos = Math.min(MAX_PACE_NANOS, TimeUnit.SECONDS.toNanos(window) / (remaining + 1));
    }
  }

  void release() {
    lock.lock();
    try {
      inFlight--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "ApiGovernor[" + api + "]";
  }

  /** One admitted call; report its headers as soon as they arrive, release it when done. */
  public static final class Permit implements AutoCloseable {
    private final ApiGovernor governor;
    private boolean released;

    private Permit(ApiGovernor governor) {
      this.governor = governor;
    }

    /** Feeds a response's limit headers to the governor (before the body is read). */
    public void onResponse(ApiLimits limits) {
      governor.onResponse(limits);
    }

    public void onConcurrencyConflict(ApiLimits limits, long waitNanos) {
      governor.onConcurrencyConflict(limits, waitNanos);
    }

    public void onRateConflict(ApiLimits limits, long waitNanos) {
      governor.onRateConflict(limits, waitNanos);
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        governor.release();
      }
    }
  }
}
