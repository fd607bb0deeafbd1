package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a correct client rides out: the run succeeds (exit 0) and the graph equals the
 * simulator's ground truth. Each test picks a simulator seed whose fault draws fire several times
 * but never on every retry of one page (the client retries a page 5 times).
 */
class RecoverableFaultsTest {

  /** More, smaller pages than the defaults, so that faults hit several of them. */
  private static final String[] SMALL_PAGES = {
    "QUALYS_HOSTS_PER_DETECTION_REQUEST", "25", "QUALYS_QIDS_PER_KB_REQUEST", "10"
  };

  @TempDir
  Path dir;

  @Test
  void aStormOf1960ConcurrencyRefusalsIsWaitedOut() {
    try (var sim = Sims.start(Sims.small(8)
        .concurrencyLimit(2)
        .foreignRunning(1)
        .faults(List.of("409-concurrency:0.3")))) {
      var run = runWith(sim, SMALL_PAGES);

      assertSucceeded(run);
      var metrics = sim.metrics();
      assertTrue(metrics.http409ByCode().getOrDefault("1960", 0L) >= 3, metrics.toString());
      assertEquals(
          metrics.http409(), run.record().http409(), "every 409 is counted in the run record");
      assertTrue(
          metrics.maxConcurrency().get("detection") <= 1,
          "never more calls than the limit minus the foreign caller's: "
              + metrics.maxConcurrency());
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void aStormOf1965RateRefusalsIsWaitedOutForTheSecondsQualysNames() {
    try (var sim = Sims.start(Sims.small(8).faults(List.of("409-rate:0.2")))) {
      var run = assertTimeoutPreemptively(
          Duration.ofMinutes(2),
          () -> runWith(sim, SMALL_PAGES),
          "1965 answers name 1-2 s to wait; the run must not wait minutes");

      assertSucceeded(run);
      var metrics = sim.metrics();
      assertTrue(metrics.http409ByCode().getOrDefault("1965", 0L) >= 3, metrics.toString());
      assertEquals(metrics.http409(), run.record().http409());
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void burstsOf5xxAreRetried() {
    try (var sim = Sims.start(Sims.small(23).faults(List.of("5xx:0.3")))) {
      var run = runWith(sim, SMALL_PAGES);

      assertSucceeded(run);
      long injected = sim.metrics().faults("5xx");
      assertTrue(injected >= 3, "5xx answers injected: " + injected);
      assertEquals(
          injected + run.record().http409(),
          run.record().retries(),
          "one retry per 5xx (and per 409, should the limits refuse a call)");
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void connectionsResetMidBodyAreRetried() {
    try (var sim = Sims.start(Sims.small(38).faults(List.of("reset:0.25")))) {
      var run = runWith(sim, SMALL_PAGES);

      assertSucceeded(run);
      long injected = sim.metrics().faults("reset");
      assertTrue(injected >= 3, "resets injected: " + injected);
      assertEquals(
          injected + run.record().http409(),
          run.record().retries(),
          "one retry per reset (and per 409, should the limits refuse a call)");
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void aBodyStallingPastThePageDeadlineIsAbandonedAndRetried() {
    try (var sim = Sims.start(Sims.small(24).faults(List.of("stall:0.25@detection")))) {
      var run = runWith(
          sim, "QUALYS_HOSTS_PER_DETECTION_REQUEST", "25", "QUALYS_PAGE_DEADLINE_SECONDS", "10");

      assertSucceeded(run);
      long stalls = sim.metrics().faults("stall");
      assertTrue(stalls >= 1, "stalls injected: " + stalls);
      assertTrue(
          run.record().retries() >= stalls, "each stalled page was retried: " + run.record());
      var detections = run.step("fetch-scanned-host-detections");
      assertTrue(
          detections.durationMs() >= 10_000 && detections.durationMs() < 120_000,
          "the 10 s page deadline, not the 180 s idle read timeout, ended the stall: "
              + detections.durationMs() + " ms");
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void detectionsRepeatedOnTheNextPageAreMergedIntoOneFinding() {
    // The client asks for 1,000 hosts per page and the fault needs a truncated page: about 1,450
    // of these 2,000 hosts have detections that pass the filters.
    try (var sim = Sims.start(
        Sims.small(5).hosts(2_000).detectionsPerHost(3).faults(List.of("duplicate-detection")))) {
      var run = runWith(sim, "QUALYS_HOSTS_PER_DETECTION_REQUEST", "5000");

      assertSucceeded(run);
      var expected = GroundTruth.ofFirstRun(sim, run.record());
      assertTrue(
          expected.hostsWithFindings() > 1_000,
          "more than one page: " + expected.hostsWithFindings());
      assertTrue(sim.metrics().faults("duplicate-detection") >= 1, sim.metrics().toString());
      assertTrue(
          run.record().duplicates().getOrDefault("qualys_host_finding", 0L) >= 1,
          "the repeated detections are counted as duplicates: " + run.record().duplicates());
      GroundTruth.assertComplete(expected, run.record());
    }
  }

  @Test
  void theSameWebAppFindingTwiceIsMergedIntoOne() {
    try (var sim = Sims.start(Sims.small(9).faults(List.of("duplicate-webapp-finding")))) {
      var run = runWith(sim);

      assertSucceeded(run);
      assertTrue(
          sim.metrics().faults("duplicate-webapp-finding") >= 1, sim.metrics().toString());
      assertTrue(
          run.record().duplicates().getOrDefault("qualys_web_app_finding", 0L) >= 1,
          "the repeated finding is counted as a duplicate: " + run.record().duplicates());
      GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    }
  }

  @Test
  void aHostIdQualysNoLongerKnowsIsOmittedWithoutError() {
    // A host deleted between the host-id list and the later calls: the detection and Asset
    // Management APIs silently leave its id out, as Qualys does.
    try (var sim = Sims.start(Sims.small(11));
        var gateway = QualysGateway.inFrontOf(sim.baseUrl())) {
      long[] ghost = new long[1];
      gateway.rewrite("/api/2.0/fo/asset/host/?", body -> withGhostHost(body, ghost));
      var instance = TestGraph.newInstance("unknown-ids");
      var run = HostApp.qualys(dir)
          .run(
              "qualys",
              instance,
              HostApp.qualysEnv(
                  gateway.baseUrl(),
                  sim.options().username(),
                  sim.options().password(),
                  "QUALYS_HOSTS_PER_DETECTION_REQUEST",
                  "25"));

      assertSucceeded(run);
      assertTrue(ghost[0] > 0, "the host list was rewritten");
      var expected = GroundTruth.ofFirstRun(sim, run.record());
      var relationships = run.record().totals().relationships();
      assertEquals(
          expected.hostFindings(), run.record().totals().entities().get("qualys_host_finding"));
      assertEquals(
          expected.webAppFindings(),
          run.record().totals().entities().get("qualys_web_app_finding"));
      assertEquals(
          1,
          TestGraph.count(
              "MATCH (:Service {_instanceId: $i})-[:SCANS]->(h:Placeholder {qualysHostId: $ghost})"
                  + " WHERE NOT (h)-[:HAS]->() RETURN count(h)",
              Map.of("i", instance, "ghost", Long.toString(ghost[0]))),
          "the unknown host keeps the minimal placeholder the host-id list justifies, without findings");
      assertEquals(
          expected.hosts() + 1,
          relationships.getOrDefault("qualys_vulnerability_manager_scans_discovered_host", 0L)
              + relationships.getOrDefault("qualys_vulnerability_manager_scans_aws_instance", 0L));
    }
  }

  private HostApp.Outcome runWith(QualysSimulator sim, String... env) {
    return HostApp.qualys(dir)
        .run("qualys", TestGraph.newInstance("recoverable"), HostApp.qualysEnv(sim, env));
  }

  private static void assertSucceeded(HostApp.Outcome run) {
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("SUCCESS"), run.out());
    assertEquals("SUCCESS", run.record().status(), run.toString());
    run.record().steps().forEach(step -> assertEquals("SUCCESS", step.status(), step.toString()));
  }

  /** Adds, after the last id of the host list, an id the account does not have. */
  private static String withGhostHost(String body, long[] ghost) {
    Matcher ids = Pattern.compile("<(ID|ID_RANGE)>(\\d+)(?:-(\\d+))?</\\1>").matcher(body);
    long max = 0;
    int end = -1;
    while (ids.find()) {
      max = Math.max(max, Long.parseLong(ids.group(3) != null ? ids.group(3) : ids.group(2)));
      end = ids.end();
    }
    if (end < 0) {
      return body;
    }
    ghost[0] = max + 1_000;
    return body.substring(0, end) + "<ID>" + ghost[0] + "</ID>" + body.substring(end);
  }
}
