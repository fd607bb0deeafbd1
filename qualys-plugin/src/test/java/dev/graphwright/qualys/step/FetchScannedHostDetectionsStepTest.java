package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fetch-scanned-host-detections: one {@code qualys_host_finding} per distinct detection key of the
 * window's hosts, each identified by VMDR and linked to the Host its Qualys host mapped to.
 */
class FetchScannedHostDetectionsStepTest {

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun run;
  private static ExpectedCounts expected;

  @BeforeAll
  static void runTheHostStepsAndResolve() throws Exception {
    simulator = SmallAccount.start();
    tester = QualysTester.of(simulator, RUN_START);
    run = tester.runStep(StepIds.HOST_DETECTIONS).assertSucceeded();
    expected = simulator.expected(
        SmallAccount.expectedFilters(QualysTester.windows(tester, run), DEFAULT_STATUSES));
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void writesExactlyTheGroundTruthsFindingsEachIdentifiedByVmdr() {
    assertTrue(expected.hostFindings() > 20, "a meaningful sample: " + expected.hostFindings());
    assertEquals(
        expected.hostFindings(),
        run.count(
            "MATCH (f:Finding:qualys_host_finding {_instanceId: $instance}) RETURN count(f)"));
    assertEquals(
        expected.hostFindings(),
        run.count(
            "MATCH (:qualys_vulnerability_manager {_instanceId: $instance, _key: 'qualys-service:vmdr'})"
                + "-[r:IDENTIFIED {_instanceId: $instance}]->(f:qualys_host_finding) RETURN count(DISTINCT f)"));
    assertEquals(
        expected.hostFindings(),
        run.count("MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE f._key = f.id"
            + " AND f._key STARTS WITH 'hostId:' + f.qualysHostId + '|' RETURN count(f)"));
    assertEquals(
        expected.hostsWithFindings(),
        run.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN count(DISTINCT f.qualysHostId)"));
  }

  @Test
  void keepsOnlyTheConfiguredSeveritiesTypesAndOpenStatuses() {
    assertEquals(
        nonZero(expected.hostFindingsBySeverity()),
        tester
            .graph()
            .countsBy(
                "MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN toString(f.qualysSeverity), count(*)"));
    assertEquals(
        nonZero(expected.hostFindingsByType()),
        tester
            .graph()
            .countsBy(
                "MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN f.type, count(*)"));
    assertEquals(
        nonZero(expected.hostFindingsByStatus()),
        tester
            .graph()
            .countsBy(
                "MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN f.status, count(*)"));
    assertEquals(
        0,
        run.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE f.open <> true RETURN count(f)"));
  }

  @Test
  void everyFindingIsLinkedToTheHostItsQualysHostMappedTo() {
    assertEquals(
        expected.hostFindings(),
        run.count(
            "MATCH (h:Host)-[r:HAS {_instanceId: $instance}]->(f:qualys_host_finding {_instanceId: $instance})"
                + " WHERE h.qualysHostId = f.qualysHostId RETURN count(r)"));
    assertEquals(
        0,
        run.count("MATCH (h:Host)-[:HAS]->(f:qualys_host_finding {_instanceId: $instance})"
            + " WHERE h.qualysHostId <> f.qualysHostId RETURN count(f)"));
    long onEc2Hosts = run.count(
        "MATCH (h:aws_instance)-[:HAS {_instanceId: $instance}]->(f:qualys_host_finding) RETURN count(f)");
    assertTrue(onEc2Hosts > 0);
    assertEquals(
        onEc2Hosts,
        run.count("MATCH (h:aws_instance)-[:HAS {_instanceId: $instance}]->(f:qualys_host_finding)"
            + " WHERE f.ec2InstanceArn = h._key RETURN count(f)"),
        "a finding's ARN (from the detection's EC2 metadata) is its EC2 host's key (from Asset Management)");
  }

  private static Map<String, Long> nonZero(Map<String, Long> counts) {
    var out = new TreeMap<String, Long>();
    counts.forEach((k, v) -> {
      if (v > 0) {
        out.put(k, v);
      }
    });
    return out;
  }
}
