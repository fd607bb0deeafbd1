package dev.graphwright.qualys.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.qualys.testing.TestConfig;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incremental windows: where they start, where they end, and that they are whole seconds. */
class WindowsTest {

  private static final Instant STARTED = Instant.parse("2026-03-01T12:00:00.789Z");
  private static final Instant STARTED_SECONDS = Instant.parse("2026-03-01T12:00:00Z");

  private static Windows windows(Optional<Instant> lastSuccess, Map<String, String> config) {
    var execution = new ExecutionInfo("run-1", "qualys", "instance-1", STARTED, lastSuccess, false);
    return Windows.of(
        execution,
        new QualysConfig(TestConfig.of("https://qualysapi.qualys.com", "u", "p", config)));
  }

  @Test
  void firstRunLooksBackTheConfiguredDaysFromThisRunsStart() {
    var windows =
        windows(Optional.empty(), Map.of("minScannedSinceDays", "7", "minFindingsSinceDays", "2"));

    assertFalse(windows.incremental());
    assertEquals(STARTED_SECONDS, windows.to());
    assertEquals(Instant.parse("2026-02-22T12:00:00Z"), windows.scannedFrom());
    assertEquals(Instant.parse("2026-02-27T12:00:00Z"), windows.findingsFrom());
  }

  @Test
  void fractionalDaysAreHonoured() {
    var windows = windows(Optional.empty(), Map.of("minScannedSinceDays", "0.5"));

    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), windows.scannedFrom());
  }

  @Test
  void incrementalRunStartsAtTheLastSuccessfulRunsStart() {
    var windows = windows(Optional.of(Instant.parse("2026-02-28T23:15:42.123456Z")), Map.of());

    assertTrue(windows.incremental());
    assertEquals(Instant.parse("2026-02-28T23:15:42Z"), windows.scannedFrom());
    assertEquals(Instant.parse("2026-02-28T23:15:42Z"), windows.findingsFrom());
    assertEquals(STARTED_SECONDS, windows.to());
  }

  @Test
  void lastSuccessOlderThanTheLookbackIsCappedAtTheLookback() {
    var windows = windows(
        Optional.of(Instant.parse("2026-01-01T00:00:00Z")), Map.of("minFindingsSinceDays", "3"));

    assertTrue(windows.incremental());
    assertEquals(Instant.parse("2026-02-22T12:00:00Z"), windows.scannedFrom());
    assertEquals(Instant.parse("2026-02-26T12:00:00Z"), windows.findingsFrom());
  }

  @Test
  void everyBoundIsInWholeSecondsAsQualysRequires() {
    var windows = windows(Optional.of(Instant.parse("2026-02-28T23:15:42.999Z")), Map.of());

    for (var bound : new Instant[] {windows.scannedFrom(), windows.findingsFrom(), windows.to()}) {
      assertEquals(0, bound.getNano(), bound.toString());
      assertTrue(
          bound.toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), bound.toString());
    }
  }
}
