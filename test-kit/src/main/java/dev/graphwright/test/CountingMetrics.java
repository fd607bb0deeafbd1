package dev.graphwright.test;

import dev.graphwright.api.RunMetrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Run metrics kept for assertions, for testing an API client on its own. Thread-safe. */
public final class CountingMetrics implements RunMetrics {

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  @Override
  public void add(String name, long delta) {
    counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
  }

  /** One counter's value; 0 when never counted. */
  public long get(String name) {
    var counter = counters.get(name);
    return counter == null ? 0 : counter.sum();
  }

  /** Every counter, by name. */
  public Map<String, Long> snapshot() {
    var copy = new TreeMap<String, Long>();
    counters.forEach((name, counter) -> copy.put(name, counter.sum()));
    return copy;
  }
}
