package dev.graphwright.qualys.sim.admin;

import dev.graphwright.qualys.sim.server.SimulatorMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the admin endpoints read and change in a running simulator. */
public interface SimulatorControl {

  /** The counts a correct client must end with for the selection these filters describe. */
  ExpectedCounts expected(Map<String, String> filters);

  /** The detections of a sample of hosts, for these filters. */
  List<Map<String, Object>> sample(Map<String, String> filters, int hosts);

  /** Rescans {@code share} of the hosts at {@code at}; returns the churn and what it rescanned. */
  Map<String, Object> churn(double share, Instant at);

  /** Revises knowledge base entries at {@code at}; returns each QID's revision count. */
  Map<String, Object> reviseKnowledgeBase(List<Integer> qids, Instant at);

  SimulatorMetrics metrics();

  void resetMetrics();

  /** Replaces the active faults ({@code NAME[:RATE][@API]} each). */
  void setFaults(List<String> specs);

  void clearFaults();

  /** The active fault specs. */
  List<String> faults();

  /** Sets how many concurrency slots simulated foreign callers hold on every limited API. */
  void setForeignRunning(int value);

  int foreignRunning();
}
