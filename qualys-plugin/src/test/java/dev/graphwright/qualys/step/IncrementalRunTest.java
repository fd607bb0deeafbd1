package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.NOW;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.test.TestRun;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A first run, then an incremental one: the second asks for Fixed detections too, from the last
 * successful run's start, and writes them as closed findings.
 */
class IncrementalRunTest {

  private static final String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/";

  private static QualysSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SmallAccount.start(b -> b.detectionsPerHost(8).fixedShare(0.4));
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  private static List<String> statusParameters(TestRun run) {
    return run.requestsTo(DETECTIONS).stream()
        .map(r -> r.parameters().get("status"))
        .distinct()
        .toList();
  }

  @Test
  void secondRunFetchesFixedDetectionsSinceTheLastRunAndWritesThemClosed() {
    var lastSuccess = NOW.minus(Duration.ofDays(4)).plusMillis(250);
    var tester = QualysTester.of(simulator, lastSuccess);
    var first = tester.runStep(StepIds.HOST_DETECTIONS).assertSucceeded();

    assertFalse(QualysTester.windows(tester, first).incremental());
    assertEquals(List.of(DEFAULT_STATUSES), statusParameters(first));
    assertEquals(
        0,
        first.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE f.open = false RETURN count(f)"));

    var second = tester
        .clock(Clock.fixed(RUN_START.plus(Duration.ofHours(1)), ZoneOffset.UTC))
        .runStep(StepIds.HOST_DETECTIONS)
        .assertSucceeded();

    var windows = QualysTester.windows(tester, second);
    assertTrue(windows.incremental());
    assertEquals(NOW.minus(Duration.ofDays(4)), windows.findingsFrom());
    assertEquals(NOW.minus(Duration.ofDays(4)), windows.scannedFrom());
    assertEquals(List.of("New,Active,Fixed,Re-Opened"), statusParameters(second));
    var expected =
        simulator.expected(SmallAccount.expectedFilters(windows, "New,Active,Re-Opened,Fixed"));
    assertTrue(expected.fixedHostFindings() > 3, "the window holds fixed detections: " + expected);
    assertEquals(
        expected.hostFindings(),
        second.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance, _runId: $run}) RETURN count(f)"));
    assertEquals(
        expected.fixedHostFindings(),
        second.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance, _runId: $run, open: false})"
                + " WHERE f.status = 'Fixed' RETURN count(f)"));
    assertEquals(
        0,
        second.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE (f.status = 'Fixed') <> (f.open = false)"
                + " RETURN count(f)"));
  }
}
