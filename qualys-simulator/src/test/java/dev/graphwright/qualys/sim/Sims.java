package dev.graphwright.qualys.sim;

import java.time.Instant;

/** Test defaults: a free port and a fixed "now", so data is the same on every run. */
final class Sims {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private Sims() {}

  static SimulatorOptions.Builder options() {
    return SimulatorOptions.builder().port(0).now(NOW);
  }
}
