package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.host.qualys.QualysRuns;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.runtime.run.RunRecord;
import java.util.Map;

/** The simulator's ground truth for a run, and the check that a run's graph matches it. */
final class GroundTruth {

  private GroundTruth() {}

  /**
   * What a first run with the default config must end with: 7-day windows ending at the run's
   * start, severities 3-5, Confirmed and Potential, Qualys' default statuses.
   */
  static ExpectedCounts ofFirstRun(QualysSimulator simulator, RunRecord record) {
    return simulator.expected(QualysRuns.expectedFilters(record));
  }

  /** Every count of the instance's graph after the run equals the ground truth. */
  static void assertComplete(ExpectedCounts expected, RunRecord record) {
    var entities = record.totals().entities();
    var relationships = record.totals().relationships();
    var placeholders = record.totals().placeholders();
    assertEquals(
        expected.hostFindings(), entities.getOrDefault("qualys_host_finding", 0L), "host findings");
    assertEquals(
        expected.webAppFindings(),
        entities.getOrDefault("qualys_web_app_finding", 0L),
        "web-app findings");
    assertEquals(
        expected.hostFindings(),
        relationships.getOrDefault("qualys_vulnerability_manager_identified_host_finding", 0L),
        "IDENTIFIED");
    assertEquals(
        expected.hosts(),
        sum(relationships, "qualys_vulnerability_manager_scans_"),
        "hosts SCANNED");
    assertEquals(
        expected.ec2Hosts(),
        relationships.getOrDefault("qualys_vulnerability_manager_scans_aws_instance", 0L),
        "EC2 hosts");
    assertEquals(
        expected.hostFindings(),
        relationships.getOrDefault("discovered_host_has_qualys_host_finding", 0L)
            + relationships.getOrDefault("aws_instance_has_qualys_host_finding", 0L),
        "host HAS finding");
    assertEquals(
        expected.findingVulnerabilityLinks(),
        sum(relationships, "qualys_host_finding_is_")
            + sum(relationships, "qualys_web_app_finding_is_"),
        "finding IS vulnerability");
    assertEquals(
        expected.webApps(),
        relationships.getOrDefault("qualys_web_app_scanner_scans_web_app", 0L),
        "web apps SCANNED");
    assertEquals(
        expected.webAppFindings(),
        relationships.getOrDefault("web_app_has_qualys_web_app_finding", 0L),
        "web app HAS finding");
    assertEquals(expected.cves(), placeholders.getOrDefault("cve", 0L), "CVE placeholders");
    assertEquals(
        expected.qidsWithoutCve(),
        placeholders.getOrDefault("qualys_vuln", 0L),
        "QID placeholders");
  }

  private static long sum(Map<String, Long> counts, String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
