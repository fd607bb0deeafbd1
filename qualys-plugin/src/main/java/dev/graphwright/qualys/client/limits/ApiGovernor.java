package dev.graphwright.qualys.client.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admission control for one Qualys API: keeps our calls in flight within what the subscription
 * allows and paces them against the rate limit. Thread-safe; every response updates it at once.
 *
 * <p>Capacity = min(cap, limit − calls running elsewhere − reserve), at least 1. While the limit is
 * unknown a single probe call is admitted; its response headers open the gate for the others. An
 * API that never sends limit headers runs at the cap ({@link #fixed fixed} APIs: QPS).
 */
public final class ApiGovernor {

  private static final Logger log = LoggerFactory.getLogger(ApiGovernor.class);
  private static final long RELEASE_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  // Calls sent this close together may reach Qualys in any order.
  private static final long BURST_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final String api;
  private final GovernorSettings settings;
  private final boolean fixed;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ForeignCalls foreign = new ForeignCalls();
  private final RatePacer pacer;
  private final RecentReleases releases;
  private final PageTimes times = new PageTimes();
  private long lastStart;
  // Calls sent whose headers have not arrived yet: Qualys admitted each at some moment between.
  private final List<Permit> awaitingHeaders = new ArrayList<>();
  private int inFlight;
  private @Nullable Integer limit;
  private boolean headerless;
  private boolean closed;

  ApiGovernor(String api, GovernorSettings settings, boolean fixed, @Nullable ApiLimits seed) {
    this.api = api;
    this.settings = settings;
    this.fixed = fixed;
    long now = System.nanoTime();
    this.pacer = new RatePacer(settings, now);
    this.releases = new RecentReleases(RELEASE_GRACE_NANOS, now);
    if (seed != null && seed.concurrencyLimit() != null) {
      limit = seed.concurrencyLimit();
      if (seed.concurrencyRunning() != null) {
        // The seeding call (about.php) was ours and is counted in its Running.
        foreign.add(seed.concurrencyRunning() - 1, now);
      }
    }
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
        int capacity = capacity();
        long wait =
            Math.max(pacer.waitNanos(now), lastStart + times.startSpacingNanos(capacity) - now);
        if (inFlight + 1 == capacity && !fixed) {
          // The last free slot: make sure Qualys has let go of the call that freed it.
          wait = Math.max(wait, releases.graceLeft(now));
        }
        if (inFlight >= capacity) {
          changed.await(1, TimeUnit.SECONDS);
        } else if (wait > 0) {
          changed.awaitNanos(wait);
        } else {
          inFlight++;
          pacer.started(now);
          lastStart = now;
          int ours = inFlight;
          for (Permit waiting : awaitingHeaders) {
            if (now - waiting.startedAt < BURST_NANOS) {
              waiting.mostOurs = Math.max(waiting.mostOurs, ours);
            }
          }
          var permit = new Permit(this, ours, now);
          awaitingHeaders.add(permit);
          return permit;
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
      int free = limit - foreign.estimate(System.nanoTime()) - settings.reserve();
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

  /**
   * Learns from one response's headers. Running describes the moment Qualys admitted the call,
   * just after we sent it, not the moment its headers arrive (much later with a slow API): so it is
   * compared with our calls in flight when it was sent, this one included, or with the most of
   * them while a burst of calls was being sent (those reach Qualys in any order). The estimate of
   * calls running elsewhere is the largest such difference of the last minute.
   */
  void onResponse(ApiLimits limits, Permit permit) {
    if (fixed) {
      return;
    }
    lock.lock();
    try {
      awaitingHeaders.remove(permit);
      permit.headersAt = System.nanoTime();
      int before = capacity();
      if (limits.concurrencyLimit() != null) {
        limit = limits.concurrencyLimit();
        headerless = false;
      } else if (limit == null && !limits.any()) {
        headerless = true;
      }
      if (limits.concurrencyRunning() != null) {
        foreign.add(limits.concurrencyRunning() - permit.mostOurs, System.nanoTime());
      }
      pacer.learn(limits, System.nanoTime());
      if (capacity() != before && log.isDebugEnabled()) {
        log.debug(
            "{}: limit {}, others running ~{}, reserve {}: {} calls at once",
            api,
            limit,
            foreign.estimate(System.nanoTime()),
            settings.reserve(),
            capacity());
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** A 409 for concurrency (1960/1920): without a limit header, assume one call fewer fits. */
  void onConcurrencyConflict(ApiLimits limits) {
    lock.lock();
    try {
      if (limits.concurrencyLimit() == null) {
        limit = Math.max(1, inFlight - 1);
        headerless = false;
      }
    } finally {
      lock.unlock();
    }
  }

  /** A 409 for the rate limit (1965): nobody calls this API before the announced wait is over. */
  void onRateConflict(long waitNanos) {
    lock.lock();
    try {
      pacer.rateRefused(System.nanoTime() + waitNanos);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void release(Permit permit) {
    lock.lock();
    try {
      awaitingHeaders.remove(permit);
      inFlight--;
      long now = System.nanoTime();
      releases.add(now);
      if (permit.headersAt != 0 && !fixed) {
        times.add(permit.headersAt - permit.startedAt, now - permit.headersAt);
      }
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
}
