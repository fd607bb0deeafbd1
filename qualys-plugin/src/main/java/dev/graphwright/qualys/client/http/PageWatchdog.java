package dev.graphwright.qualys.client.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Enforces the per-page deadline: when it passes, the call is cancelled, which makes the blocked
 * read fail at once, and the page is retried. Idle-read timeouts alone cannot catch a server that
 * trickles a byte every minute (Qualys' keep-alive comments do exactly that).
 */
final class PageWatchdog implements AutoCloseable {

  private final ScheduledThreadPoolExecutor timer;

  PageWatchdog() {
    timer = new ScheduledThreadPoolExecutor(
        1, Thread.ofPlatform().name("qualys-page-watchdog").daemon().factory());
    timer.setRemoveOnCancelPolicy(true);
  }

  Deadline arm(Runnable cancel, Duration after) {
    var deadline = new Deadline();
    deadline.future = timer.schedule(
        () -> {
          deadline.expired = true;
          cancel.run();
        },
        after.toNanos(),
        TimeUnit.NANOSECONDS);
    return deadline;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  static final class Deadline {
    private volatile boolean expired;
    private volatile @Nullable ScheduledFuture<?> future;

    boolean expired() {
      return expired;
    }

    void disarm() {
      var scheduled = future;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }
  }
}
