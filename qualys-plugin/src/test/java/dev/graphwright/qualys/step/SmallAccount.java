package dev.graphwright.qualys.step;

import dev.graphwright.qualys.run.Windows;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small simulated Qualys account for step tests, and the ground-truth filters that match a
 * run's windows and the default config. The simulator's concurrency and rate limits are off: how
 * the client paces itself is the client's tests' and the end-to-end test's concern, and a 409
 * retry here would only make step tests slow.
 */
final class SmallAccount {

  /** The simulator's "now": every generated date lies before it. */
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /** A run start with milliseconds, which the windows must drop (the simulator rejects them). */
  static final Instant RUN_START = NOW.plusMillis(789);

  static final String DEFAULT_STATUSES = "New,Active,Re-Opened";

  private SmallAccount() {}

  /** 60 hosts (a fifth of them last scanned weeks ago), 4 web apps. */
  static QualysSimulator start() {
    return start(b -> b);
  }

  static QualysSimulator start(UnaryOperator<SimulatorOptions.Builder> changes) {
    var options = SimulatorOptions.builder()
        .port(0)
        .seed(11)
        .now(NOW)
        .hosts(60)
        .detectionsPerHost(4)
        .qids(40)
        .webApps(4)
        .findingsPerWebApp(3)
        .staleHostShare(0.2)
        .concurrencyLimit(0)
        .rateLimit(0);
    return QualysSimulator.start(changes.apply(options).build());
  }

  /** The ground truth of a run with these windows, the default severities and types. */
  static Map<String, String> expectedFilters(Windows windows, String statuses) {
    return Map.of(
        "scanned_after", windows.scannedFrom().toString(),
        "scanned_before", windows.to().toString(),
        "detections_updated_after", windows.findingsFrom().toString(),
        "detections_updated_before", windows.to().toString(),
        "webapps_scanned_after", windows.scannedFrom().toString(),
        "findings_detected_after", windows.findingsFrom().toString(),
        "severities", "3,4,5",
        "types", "Confirmed,Potential",
        "statuses", statuses);
  }
}
