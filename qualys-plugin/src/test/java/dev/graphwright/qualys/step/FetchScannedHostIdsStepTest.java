package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.NOW;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch-scanned-host-ids: the host ids of the scan window, as a data set in the graph. */
class FetchScannedHostIdsStepTest {

  private static final String HOST_IDS =
      "MATCH (c:GraphwrightDataSet {instanceId: $i, name: 'scanned-host-ids'})"
          + " WITH c ORDER BY c.chunk UNWIND c.values AS id RETURN id";

  private static QualysSimulator simulator;
  @TempDir Path spool;

  @BeforeAll
  static void start() {
    simulator = SmallAccount.start();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  private StepRun run(String instance, Optional<Instant> lastSuccess) {
    return StepRun.of(simulator, instance, RUN_START, lastSuccess, Map.of(), spool);
  }

  @Test
  void firstRunFillsTheDataSetWithExactlyTheHostsScannedInTheWindow() throws Exception {
    try (var run = run(TestGraph.newInstance("host-ids"), Optional.empty())) {
      run.execute(new FetchScannedHostIdsStep());

      var expected = simulator.expected(SmallAccount.expectedFilters(run.windows(), DEFAULT_STATUSES));
      var ids = run.strings(HOST_IDS);
      assertTrue(expected.hosts() > 0 && expected.hosts() < 60, "the window leaves stale hosts out");
      assertEquals(expected.hosts(), ids.size());
      assertEquals(expected.hosts(), ids.stream().distinct().count());
      assertEquals(
          ids.stream().sorted(Comparator.comparingLong(Long::parseLong)).toList(), ids, "ascending");
      assertEquals(expected.hosts(), run.context(0).advanced());
    }
  }

  @Test
  void incrementalRunListsOnlyTheHostsScannedSinceTheLastSuccessfulRun() throws Exception {
    try (var run = run(TestGraph.newInstance("host-ids-incr"), Optional.of(NOW.minus(Duration.ofDays(2))))) {
      run.execute(new FetchScannedHostIdsStep());

      var windows = run.windows();
      assertEquals(NOW.minus(Duration.ofDays(2)), windows.scannedFrom());
      var expected = simulator.expected(SmallAccount.expectedFilters(windows, DEFAULT_STATUSES));
      var firstRun = simulator.expected(Map.of(
          "scanned_after", NOW.minus(Duration.ofDays(7)).toString(), "scanned_before", NOW.toString()));
      assertTrue(expected.hosts() < firstRun.hosts(), "a narrower window lists fewer hosts");
      assertEquals(expected.hosts(), run.strings(HOST_IDS).size());
    }
  }

  @Test
  void runningTheStepAgainReplacesTheDataSetInsteadOfAppending() throws Exception {
    var instance = TestGraph.newInstance("host-ids-again");
    long first;
    try (var run = run(instance, Optional.empty())) {
      run.execute(new FetchScannedHostIdsStep());
      first = run.strings(HOST_IDS).size();
    }
    try (var run = run(instance, Optional.empty())) {
      run.execute(new FetchScannedHostIdsStep());

      assertEquals(first, run.strings(HOST_IDS).size());
    }
  }
}
