package dev.graphwright.host.reliability;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import java.time.Duration;

/** Small simulated Qualys accounts for the reliability suite, and the same account seen later. */
final class Sims {

  private Sims() {}

  /**
   * 200 hosts with about 4 detections each, 60 QIDs and 4 web apps: a run takes a few seconds.
   * Limits are generous unless a test narrows them.
   */
  static SimulatorOptions.Builder small(long seed) {
    return SimulatorOptions.builder()
        .port(0)
        .seed(seed)
        .hosts(200)
        .detectionsPerHost(4)
        .qids(60)
        .webApps(4)
        .findingsPerWebApp(3)
        .concurrencyLimit(3)
        .rateLimit(100_000);
  }

  static QualysSimulator start(SimulatorOptions.Builder options) {
    return QualysSimulator.start(options.build());
  }

  /**
   * The same account (same ids, keys and values) with every date moved later by {@code shift}:
   * what an incremental run sees when everything was rescanned since the last one.
   */
  static QualysSimulator later(QualysSimulator simulator, Duration shift) {
    return QualysSimulator.start(
        simulator.options().toBuilder().port(0).now(simulator.now().plus(shift)).build());
  }
}
