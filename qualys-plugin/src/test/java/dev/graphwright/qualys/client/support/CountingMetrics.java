package dev.graphwright.qualys.client.support;

import dev.graphwright.api.RunMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link RunMetrics} that keeps its counters for assertions. */
public final class CountingMetrics implements RunMetrics {

  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

  @Override
  public void add(String name, long delta) {
    counters.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(delta);
  }

  public long get(String name) {
    AtomicLong counter = counters.get(name);
    return counter == null ? 0 : counter.get();
  }
}
