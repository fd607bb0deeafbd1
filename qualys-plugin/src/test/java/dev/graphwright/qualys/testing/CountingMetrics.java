package dev.graphwright.qualys.testing;

import dev.graphwright.api.RunMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Run metrics kept for assertions. */
public final class CountingMetrics implements RunMetrics {

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  @Override
  public void add(String name, long delta) {
    counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
  }

  public long get(String name) {
    var counter = counters.get(name);
    return counter == null ? 0 : counter.sum();
  }
}
