package dev.graphwright.runtime.run;

import dev.graphwright.api.Progress;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** One step's progress: what it counts, how many so far, pages, and when it started. */
public final class StepProgress implements Progress {

  private final String stepId;
  private final long startedNanos = System.nanoTime();
  private final LongAdder items = new LongAdder();
  private final LongAdder pages = new LongAdder();
  private volatile String unit = "items";
  private volatile long total = -1;
  private volatile long endedNanos = -1;
  private volatile @Nullable StepStatus status;

  public StepProgress(String stepId) {
    this.stepId = stepId;
  }

  @Override
  public void expect(String unit, long total) {
    this.unit = unit;
    this.total = total;
  }

  @Override
  public void advance(long n) {
    items.add(n);
  }

  @Override
  public void page() {
    pages.increment();
  }

  public void ended(StepStatus finalStatus) {
    status = finalStatus;
    endedNanos = System.nanoTime();
  }

  public String stepId() {
    return stepId;
  }

  public String unit() {
    return unit;
  }

  public long items() {
    return items.sum();
  }

  public long pages() {
    return pages.sum();
  }

  /** The expected total, or -1 when unknown. */
  public long total() {
    return total;
  }

  /** How the step ended; empty while it runs. */
  public Optional<StepStatus> status() {
    return Optional.ofNullable(status);
  }

  public boolean running() {
    return endedNanos < 0;
  }

  public double elapsedSeconds() {
    long end = endedNanos < 0 ? System.nanoTime() : endedNanos;
    return (end - startedNanos) / 1e9;
  }

  /** Items per second so far. */
  public double rate() {
    double seconds = elapsedSeconds();
    return seconds <= 0 ? 0 : items() / seconds;
  }

  /** Seconds left at the current rate, or -1 when the total is unknown. */
  public long etaSeconds() {
    long expected = total;
    double rate = rate();
    if (expected <= 0 || rate <= 0 || !running()) {
      return -1;
    }
    return Math.max(0, (long) ((expected - items()) / rate));
  }
}
