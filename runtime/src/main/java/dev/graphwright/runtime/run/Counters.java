package dev.graphwright.runtime.run;

import dev.graphwright.api.RunMetrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The run's named counters ({@code requests}, {@code retries}, {@code http409}, ...). */
final class Counters implements RunMetrics {

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  @Override
  public void add(String name, long delta) {
    counters.computeIfAbsent(name, n -> new LongAdder()).add(delta);
  }

  long get(String name) {
    var adder = counters.get(name);
    return adder == null ? 0 : adder.sum();
  }

  Map<String, Long> snapshot() {
    var copy = new TreeMap<String, Long>();
    counters.forEach((name, adder) -> copy.put(name, adder.sum()));
    return copy;
  }
}
