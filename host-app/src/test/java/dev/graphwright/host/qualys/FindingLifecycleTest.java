package dev.graphwright.host.qualys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import dev.graphwright.runtime.run.RunRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between runs the account changes (the simulator rescans a share of the hosts): findings fixed
 * there close with their fix date and time to fix, findings that come back keep one node with
 * their reopen history, and the SLA queries answer from the lifecycle properties.
 */
class FindingLifecycleTest {

  private static QualysSimulator simulator;

  @TempDir
  java.nio.file.Path dir;

  @BeforeAll
  static void startSimulator() {
    simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(23)
        .hosts(80)
        .detectionsPerHost(6)
        .qids(60)
        .webApps(0)
        .rateLimit(100_000)
        .build());
  }

  @AfterAll
  static void stopSimulator() {
    simulator.stop();
  }

  @Test
  void fixedFindingsCloseReopenedOnesKeepTheirNodeAndOverdueOnesAreListed() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var instance = TestGraph.newInstance("qualys-lifecycle");
    var params = Map.<String, Object>of("i", instance);

    var first = runs.runOk(instance).record();
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.open = false RETURN count(f)",
            params),
        "a first run asks for open detections only");

    rescan(first, 0.5);
    var second = runs.runOk(instance).record();
    long closed = TestGraph.count(
        "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.open = false AND f.fixedOn IS NOT NULL"
            + " AND f.timeToFixDays >= 0 RETURN count(f)",
        params);
    assertTrue(closed > 0, "the rescan fixed some findings");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.open = false AND f.fixedOn IS NULL"
                + " RETURN count(f)",
            params),
        "every closed finding says when it was fixed");
    assertSameAsTheSource(instance, second);

    rescan(second, 0.5);
    var third = runs.runOk(instance).record();
    assertSameAsTheSource(instance, third);
    assertTrue(
        TestGraph.count(
                "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.status = 'Re-Opened' AND f.timesReopened >= 1"
                    + " AND f.reopenedOn IS NOT NULL AND f.lastFixedOn IS NOT NULL AND f.open RETURN count(f)",
                params)
            > 0,
        "a finding fixed in the second run and back in the third is open again, with its history");

    long overdue = TestGraph.count(
        "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.open AND f.slaDueOn < timestamp()"
            + " RETURN count(f)",
        params);
    assertTrue(overdue > 0, "the default SLA (5:7, 4:30, 3:90) makes some findings overdue");
    // The saved query covers the whole graph, which other tests share: count it the same way just
    // before and just after (findings only become overdue as time passes).
    var everyOverdue =
        "MATCH (f:Finding) WHERE f.open AND f.slaDueOn < timestamp() RETURN count(f)";
    long before = TestGraph.count(everyOverdue, Map.of());
    var json = runs.command("query", "overdue-findings-by-host-owner", "--format", "json")
        .out();
    long after = TestGraph.count(everyOverdue, Map.of());
    long listed = 0;
    for (var row : new ObjectMapper().readTree(json)) {
      listed += row.path("overdueFindings").asLong();
    }
    assertTrue(
        before <= listed && listed <= after,
        "the saved query counts every overdue finding: " + before + " <= " + listed + " <= "
            + after);
  }

  /** The simulator rescans a share of the hosts, after the last run's window so the next sees it. */
  private static void rescan(RunRecord last, double share) throws InterruptedException {
    var after = Instant.parse(last.startedAt()).truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
    while (Instant.now().isBefore(after)) {
      Thread.sleep(50); // the rescan's scan and processing times must fall after that window
    }
    simulator.churn(share, Instant.now());
  }

  /**
   * Every detection the run's window brought, for a sample of the hosts the rescan touched, is
   * one finding with the source's status, open flag, fix date and reopen count.
   */
  @SuppressWarnings("unchecked")
  private static void assertSameAsTheSource(String instance, RunRecord run) {
    var filters = Map.of(
        "scanned_after",
        run.windowFrom(),
        "scanned_before",
        run.windowTo(),
        "detections_updated_after",
        run.windowFrom(),
        "detections_updated_before",
        run.windowTo(),
        "severities",
        "3,4,5",
        "types",
        "Confirmed,Potential",
        "statuses",
        "New,Active,Re-Opened,Fixed");
    int compared = 0;
    for (var host : simulator.sample(seconds(filters), 40)) {
      for (var d : (List<Map<String, Object>>) host.get("detections")) {
        var finding = TestGraph.graph()
            .read(
                "MATCH (f:qualys_host_finding {_instanceId: $i, qualysHostId: $host, qid: $qid, type: $type})"
                    + " WHERE coalesce(f.port, -1) = $port AND f.ssl = $ssl"
                    + " RETURN f.status AS status, f.open AS open, f.fixedOn AS fixedOn,"
                    + " f.timesReopened AS timesReopened",
                Map.of(
                    "i",
                    instance,
                    "host",
                    host.get("id"),
                    "qid",
                    ((Number) d.get("qid")).longValue(),
                    "type",
                    d.get("type"),
                    "port",
                    d.get("port") == null ? -1 : d.get("port"),
                    "ssl",
                    d.get("ssl")),
                r -> r.list(record -> record.asMap()));
        assertEquals(1, finding.size(), "one finding for " + host.get("id") + " " + d);
        var f = finding.getFirst();
        boolean fixed = "Fixed".equals(d.get("status"));
        assertEquals(d.get("status"), f.get("status"));
        assertEquals(!fixed, f.get("open"));
        assertEquals(
            fixed ? Instant.parse((String) d.get("lastFixed")).toEpochMilli() : null,
            f.get("fixedOn"));
        compared++;
      }
    }
    assertTrue(compared > 10, "compared " + compared);
  }

  private static Map<String, String> seconds(Map<String, String> filters) {
    var result = new java.util.HashMap<String, String>();
    filters.forEach((k, v) -> result.put(
        k, v.contains("T") ? Instant.parse(v).truncatedTo(ChronoUnit.SECONDS).toString() : v));
    return result;
  }
}
