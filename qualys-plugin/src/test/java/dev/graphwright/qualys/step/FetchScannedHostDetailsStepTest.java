package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fetch-scanned-host-details: every scanned host becomes three mapped relationships to one Host
 * target (VMDR SCANS it, VMDR DISCOVERED it, it HAS its findings), resolved here to placeholders
 * since no other integration owns those hosts.
 */
class FetchScannedHostDetailsStepTest {

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun run;
  private static ExpectedCounts expected;
  private static long spooled;

  @BeforeAll
  static void runTheHostStepsAndResolve() throws Exception {
    simulator = SmallAccount.start();
    tester = QualysTester.of(simulator, RUN_START);
    run = tester.runStep(StepIds.HOST_DETAILS).assertSucceeded();
    expected = simulator.expected(
        SmallAccount.expectedFilters(QualysTester.windows(tester, run), DEFAULT_STATUSES));
    spooled = run.record().mappedRelationships().values().stream()
        .mapToLong(c -> c.mappings())
        .sum();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void spoolsScansDiscoveredAndHasMappingsForEveryScannedHost() {
    assertTrue(expected.ec2Hosts() > 0 && expected.ec2Hosts() < expected.hosts());
    assertEquals(3 * expected.hosts(), spooled);
    assertEquals(expected.hosts(), run.itemsOf(StepIds.HOST_DETAILS));

    assertEquals(
        expected.ec2Hosts(),
        run.mapping("qualys_vulnerability_manager_scans_aws_instance").mappings());
    assertEquals(
        expected.hosts() - expected.ec2Hosts(),
        run.mapping("qualys_vulnerability_manager_scans_discovered_host").mappings());
    assertEquals(
        expected.ec2Hosts(),
        run.mapping("qualys_vulnerability_manager_discovered_aws_instance").mappings());
    assertEquals(
        expected.hosts() - expected.ec2Hosts(),
        run.mapping("qualys_vulnerability_manager_discovered_discovered_host").mappings());
  }

  @Test
  void vmdrScansAndDiscoveredEveryHostOnce() {
    for (var relClass : new String[] {"SCANS", "DISCOVERED"}) {
      assertEquals(
          expected.hosts(),
          run.count(
              "MATCH (:qualys_vulnerability_manager {_instanceId: $instance, _key: 'qualys-service:vmdr'})"
                  + "-[r:" + relClass
                  + " {_instanceId: $instance}]->(h:Host) RETURN count(DISTINCT h)"),
          relClass);
      assertEquals(
          expected.hosts(),
          run.count("MATCH (:Service {_instanceId: $instance})-[r:" + relClass
              + " {_instanceId: $instance}]->(:Host) RETURN count(r)"),
          relClass);
    }
    assertEquals(
        0,
        run.count("MATCH (:Host)-[r:HAS {_instanceId: $instance}]->() RETURN count(r)"),
        "no findings yet, so no HAS");
  }

  @Test
  void ec2HostsBecomeAwsInstancePlaceholdersKeyedByArnWithTwelveDigitAccountIds() {
    assertEquals(
        expected.ec2Hosts(),
        run.count(
            "MATCH (p:Placeholder:Host:aws_instance {_instanceId: $instance}) RETURN count(p)"));
    assertEquals(
        0,
        run.count("MATCH (p:Placeholder:aws_instance {_instanceId: $instance})"
            + " WHERE NOT p._key =~ 'arn:aws:ec2:[a-z0-9-]+:[0-9]{12}:instance/i-[0-9a-f]+'"
            + " OR p.accountId <> split(p._key, ':')[4] RETURN count(p)"));
    assertTrue(
        run.count(
                "MATCH (p:Placeholder:aws_instance {_instanceId: $instance}) WHERE p.accountId STARTS WITH '0'"
                    + " RETURN count(p)")
            > 0,
        "the simulator's leading-zero accounts keep their zero");
  }

  @Test
  void otherHostsBecomeDiscoveredHostPlaceholdersKeyedByTheirQualysHostId() {
    assertEquals(
        expected.hosts() - expected.ec2Hosts(),
        run.count("MATCH (p:Placeholder:Host:discovered_host {_instanceId: $instance})"
            + " WHERE p._key = 'qualys-host:' + p.qualysHostId RETURN count(p)"));
    assertEquals(
        0,
        run.count("MATCH (p:Placeholder:Host {_instanceId: $instance})"
            + " WHERE p.scannedBy <> 'qualys' OR p.discoveredBy <> 'qualys' OR p.qualysHostId IS NULL"
            + " OR p.lastScannedOn IS NULL OR p.ipAddress IS NULL RETURN count(p)"));
    assertEquals(
        expected.hosts(),
        run.count(
            "MATCH (p:Placeholder:Host {_instanceId: $instance}) RETURN count(DISTINCT p.qualysHostId)"));
  }
}
