package dev.graphwright.qualys.sim.limits;

/** The start times (nanoseconds) of the calls inside a rolling window, oldest first. */
final class CallWindow {
  private long[] times = new long[64];
  private int head;
  private int size;

  void add(long nanos) {
    if (size == times.length) {
      var bigger = new long[times.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = times[(head + i) % times.length];
      }
      times = bigger;
      head = 0;
    }
    times[(head + size) % times.length] = nanos;
    size++;
  }

  /** Drops calls that started at or before {@code cutoff}. */
  void dropUpTo(long cutoff) {
    while (size > 0 && times[head] - cutoff <= 0) {
      head = (head + 1) % times.length;
      size--;
    }
  }

  int size() {
    return size;
  }

  long oldest() {
    return times[head];
  }
}
