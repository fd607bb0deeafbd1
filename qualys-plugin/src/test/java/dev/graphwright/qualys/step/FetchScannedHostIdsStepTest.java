package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.NOW;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fetch-scanned-host-ids: the host ids of the scan window, as a data set in the graph. */
class FetchScannedHostIdsStepTest {

  private static final String HOST_IDS =
      "MATCH (c:GraphwrightDataSet {instanceId: $instance, name: 'scanned-host-ids'})"
          + " WITH c ORDER BY c.chunk UNWIND c.values AS id RETURN id";

  private static QualysSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SmallAccount.start();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void firstRunFillsTheDataSetWithExactlyTheHostsScannedInTheWindow() {
    var tester = QualysTester.of(simulator, RUN_START);
    var run = tester.runStep(StepIds.HOST_IDS).assertSucceeded();

    var expected = simulator.expected(
        SmallAccount.expectedFilters(QualysTester.windows(tester, run), DEFAULT_STATUSES));
    var ids = tester.graph().strings(HOST_IDS);
    assertTrue(expected.hosts() > 0 && expected.hosts() < 60, "the window leaves stale hosts out");
    assertEquals(expected.hosts(), ids.size());
    assertEquals(expected.hosts(), ids.stream().distinct().count());
    assertEquals(
        ids.stream().sorted(Comparator.comparingLong(Long::parseLong)).toList(), ids, "ascending");
    assertEquals(expected.hosts(), run.itemsOf(StepIds.HOST_IDS));
  }

  @Test
  void incrementalRunListsOnlyTheHostsScannedSinceTheLastSuccessfulRun() {
    var tester = QualysTester.of(simulator, NOW.minus(Duration.ofDays(2)));
    tester.runStep(StepIds.HOST_IDS).assertSucceeded();
    var run = tester
        .clock(Clock.fixed(RUN_START, ZoneOffset.UTC))
        .runStep(StepIds.HOST_IDS)
        .assertSucceeded();

    var windows = QualysTester.windows(tester, run);
    assertEquals(NOW.minus(Duration.ofDays(2)), windows.scannedFrom());
    var expected = simulator.expected(SmallAccount.expectedFilters(windows, DEFAULT_STATUSES));
    var firstRun = simulator.expected(Map.of(
        "scanned_after",
        NOW.minus(Duration.ofDays(7)).toString(),
        "scanned_before",
        NOW.toString()));
    assertTrue(expected.hosts() < firstRun.hosts(), "a narrower window lists fewer hosts");
    assertEquals(expected.hosts(), tester.graph().strings(HOST_IDS).size());
  }

  @Test
  void runningTheStepAgainReplacesTheDataSetInsteadOfAppending() {
    var tester = QualysTester.of(simulator, NOW.minus(Duration.ofDays(2)));
    tester.runStep(StepIds.HOST_IDS).assertSucceeded();
    long first = tester.graph().strings(HOST_IDS).size();
    assertTrue(first > 0, "the first window holds hosts");

    var second = tester
        .clock(Clock.fixed(RUN_START, ZoneOffset.UTC))
        .runStep(StepIds.HOST_IDS)
        .assertSucceeded();
    var expected = simulator.expected(
        SmallAccount.expectedFilters(QualysTester.windows(tester, second), DEFAULT_STATUSES));
    var ids = tester.graph().strings(HOST_IDS);
    assertEquals(expected.hosts(), ids.size(), "only the second window's hosts, not both runs'");
    assertEquals(expected.hosts(), second.itemsOf(StepIds.HOST_IDS));
  }
}
