package dev.graphwright.qualys.client.limits;

/**
 * Estimates how many calls to one API other clients of the subscription have running, from
 * {@code X-Concurrency-Limit-Running} minus our own calls in flight. A single sample undercounts
 * (our own calls may not have reached Qualys yet, or finished there before we released them), so
 * the estimate is the largest of the last few samples. Not thread-safe: the governor's lock guards
 * it.
 */
final class ForeignCalls {

  private static final int SAMPLES = 8;

  private final int[] samples = new int[SAMPLES];
  private int next;

  void add(int sample) {
    samples[next] = Math.max(0, sample);
    next = (next + 1) % SAMPLES;
  }

  int estimate() {
    int max = 0;
    for (int sample : samples) {
      max = Math.max(max, sample);
    }
    return max;
  }
}
