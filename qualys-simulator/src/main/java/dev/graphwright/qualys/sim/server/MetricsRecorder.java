package dev.graphwright.qualys.sim.server;

import dev.graphwright.qualys.sim.catalog.Api;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.limits.Limits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** Counts what the simulator serves; thread-safe. */
public final class MetricsRecorder {
  private final Limits limits;
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> conflicts = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
  private final LongAdder bytes = new LongAdder();

  public MetricsRecorder(Limits limits) {
    this.limits = limits;
  }

  /** A call of {@code api}; null for an unknown path. */
  public void request(@Nullable Api api) {
    add(requests, api == null ? "unknown" : api.key());
    add(requests, "total");
  }

  /** A response with this status; {@code code} is the SIMPLE_RETURN code of a 409, else 0. */
  public void response(int status, int code) {
    add(statuses, Integer.toString(status));
    if (status == 409) {
      add(conflicts, Integer.toString(code));
    }
  }

  /** A fault that took effect. */
  public void faultInjected(FaultKind kind) {
    add(faults, kind.label());
  }

  /** Body bytes sent. */
  public void bytesServed(int n) {
    bytes.add(n);
  }

  /** A snapshot. */
  public SimulatorMetrics snapshot() {
    var maxConcurrency = new TreeMap<String, Integer>();
    var running = new TreeMap<String, Integer>();
    for (Api api : Api.values()) {
      maxConcurrency.put(api.key(), limits.of(api).maxRunning());
      running.put(api.key(), limits.of(api).running());
    }
    return new SimulatorMetrics(
        copy(requests),
        total(conflicts),
        copy(conflicts),
        maxConcurrency,
        copy(faults),
        bytes.sum(),
        copy(statuses),
        running,
        heap());
  }

  /** Zeroes every counter and peak. */
  public void reset() {
    requests.clear();
    conflicts.clear();
    faults.clear();
    statuses.clear();
    bytes.reset();
    for (Api api : Api.values()) {
      limits.of(api).resetPeak();
    }
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static SimulatorMetrics.Heap heap() {
    var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new SimulatorMetrics.Heap(usage.getUsed(), usage.getCommitted(), usage.getMax(), peak);
  }

  private static void add(Map<String, LongAdder> counters, String key) {
    counters.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static long total(Map<String, LongAdder> counters) {
    return counters.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static Map<String, Long> copy(Map<String, LongAdder> counters) {
    var copy = new TreeMap<String, Long>();
    counters.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }
}
