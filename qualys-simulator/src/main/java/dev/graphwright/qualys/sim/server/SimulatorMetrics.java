package dev.graphwright.qualys.sim.server;

import java.util.Map;

/**
 * What the simulator has served since it started or since the last reset.
 *
 * @param requests calls per API key ({@code detection}, {@code kb}, ...) plus {@code total};
 *     calls to unknown paths count as {@code unknown}; admin calls are not counted
 * @param http409 409 responses served
 * @param http409ByCode 409 responses per SIMPLE_RETURN code ({@code 1960}, {@code 1965})
 * @param maxConcurrency the most simultaneous own calls seen per API (foreign callers excluded)
 * @param faults faults actually injected, per fault name
 * @param bytesServed response body bytes sent
 * @param responsesByStatus responses per HTTP status
 * @param running own calls running now, per API
 * @param heap the simulator JVM's heap, for measuring its footprint
 */
public record SimulatorMetrics(
    Map<String, Long> requests,
    long http409,
    Map<String, Long> http409ByCode,
    Map<String, Integer> maxConcurrency,
    Map<String, Long> faults,
    long bytesServed,
    Map<String, Long> responsesByStatus,
    Map<String, Integer> running,
    Heap heap) {

  /** Requests of one API key (0 when none). */
  public long requests(String api) {
    return requests.getOrDefault(api, 0L);
  }

  /** Injected faults of one name (0 when none). */
  public long faults(String name) {
    return faults.getOrDefault(name, 0L);
  }

  /**
   * Heap figures in bytes.
   *
   * @param peakUsedBytes the sum of the heap pools' peaks since start or the last reset, an upper
   *     bound of the true peak
   */
  public record Heap(long usedBytes, long committedBytes, long maxBytes, long peakUsedBytes) {}
}
