package dev.graphwright.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the writer did, per {@code _type}: rows written, rows whose content had not changed,
 * duplicates within the run (with a few samples of what differed) and relationships dropped
 * because an end was missing. Thread-safe; bounded by the number of types.
 */
public final class WriteStats {

  private final int maxSamplesPerType;
  private final Map<String, LongAdder> written = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> unchanged = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> duplicates = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> dangling = new ConcurrentHashMap<>();
  private final Map<String, List<DuplicateSample>> samples = new ConcurrentHashMap<>();

  public WriteStats(int maxSamplesPerType) {
    this.maxSamplesPerType = maxSamplesPerType;
  }

  void written(String type, long n) {
    add(written, type, n);
  }

  void unchanged(String type, long n) {
    add(unchanged, type, n);
  }

  void dangling(String type, long n) {
    add(dangling, type, n);
  }

  void duplicates(String type, long n, List<Map<String, Object>> seen) {
    add(duplicates, type, n);
    if (seen.isEmpty()) {
      return;
    }
    var list = samples.computeIfAbsent(type, t -> new ArrayList<>());
    synchronized (list) {
      for (var sample : seen) {
        if (list.size() >= maxSamplesPerType) {
          return;
        }
        list.add(toSample(type, sample));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static DuplicateSample toSample(String type, Map<String, Object> sample) {
    var before = (Map<String, Object>) sample.getOrDefault("before", Map.of());
    var after = (Map<String, Object>) sample.getOrDefault("after", Map.of());
    var differences = new TreeMap<String, Object[]>();
    for (var name : after.keySet()) {
      if (!name.startsWith("_") && !Objects.equals(before.get(name), after.get(name))) {
        differences.put(name, new Object[] {before.get(name), after.get(name)});
      }
    }
    for (var name : before.keySet()) {
      if (!name.startsWith("_") && !after.containsKey(name)) {
        differences.put(name, new Object[] {before.get(name), null});
      }
    }
    return new DuplicateSample(type, String.valueOf(sample.get("key")), differences);
  }

  private static void add(Map<String, LongAdder> counters, String type, long n) {
    if (n != 0) {
      counters.computeIfAbsent(type, t -> new LongAdder()).add(n);
    }
  }

  public Map<String, Long> written() {
    return snapshot(written);
  }

  public Map<String, Long> unchanged() {
    return snapshot(unchanged);
  }

  public Map<String, Long> duplicates() {
    return snapshot(duplicates);
  }

  public Map<String, Long> dangling() {
    return snapshot(dangling);
  }

  /** The first duplicates with differing properties, per type. */
  public List<DuplicateSample> duplicateSamples() {
    var all = new ArrayList<DuplicateSample>();
    new TreeMap<>(samples).values().forEach(list -> {
      synchronized (list) {
        all.addAll(list);
      }
    });
    return all;
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
    var copy = new HashMap<String, Long>();
    counters.forEach((type, adder) -> copy.put(type, adder.sum()));
    return new TreeMap<>(copy);
  }
}
