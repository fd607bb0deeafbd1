package dev.graphwright.qualys.sim.faults;

/** Receives a report each time a fault is actually injected. */
@FunctionalInterface
public interface FaultLedger {
  void injected(FaultKind kind);
}
