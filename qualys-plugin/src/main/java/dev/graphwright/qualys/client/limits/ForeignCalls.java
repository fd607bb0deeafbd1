package dev.graphwright.qualys.client.limits;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Estimates how many calls to one API other clients of the subscription have running, from
 * {@code X-Concurrency-Limit-Running} minus our own calls in flight. A single sample undercounts
 * whenever one of our calls has ended at Qualys but not yet here (its tail still being parsed), and
 * on a busy machine that can happen many times in a row; so the estimate is the largest sample of
 * the last minute. Other clients' calls run for minutes, so a minute of memory costs little
 * throughput when they stop. Not thread-safe: the governor's lock guards it.
 */
final class ForeignCalls {

  static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

  private record Sample(long at, int calls) {}

  // Sliding-window maximum: samples in arrival order with strictly decreasing counts, so the first
  // live one is the maximum. It holds at most one sample per distinct count.
  private final ArrayDeque<Sample> samples = new ArrayDeque<>();

  void add(int sample, long now) {
    int calls = Math.max(0, sample);
    while (!samples.isEmpty() && samples.peekLast().calls() <= calls) {
      samples.pollLast();
    }
    samples.addLast(new Sample(now, calls));
  }

  /** The largest sample of the last minute, or the latest sample when all are older. */
  int estimate(long now) {
    while (samples.size() > 1 && now - samples.peekFirst().at() > WINDOW_NANOS) {
      samples.pollFirst();
    }
    return samples.isEmpty() ? 0 : samples.peekFirst().calls();
  }
}
