package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fetch-finding-vulns: each distinct QID of this run's host and web-app findings is fetched from
 * the knowledge base once, in batches; findings learn the KB title, CVSS and CVE ids, and each
 * {@code IS} one Vulnerability per CVE, or one {@code qualys_vuln} when the QID has none.
 */
class FetchFindingVulnsStepTest {

  private static final String KB = "/api/2.0/fo/knowledge_base/vuln/";
  private static final int QIDS_PER_REQUEST = 7;

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun run;
  private static ExpectedCounts expected;
  private static long kbRequests;

  @BeforeAll
  static void runAllFindingStepsAndResolve() throws Exception {
    simulator = SmallAccount.start();
    tester = QualysTester.of(simulator, RUN_START)
        .config("qualysQidsPerKbRequest", Integer.toString(QIDS_PER_REQUEST));
    simulator.resetMetrics();
    run = tester.run().assertSucceeded();
    kbRequests = simulator.metrics().requests("kb");
    expected = simulator.expected(
        SmallAccount.expectedFilters(QualysTester.windows(tester, run), DEFAULT_STATUSES));
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void requestsEveryDistinctQidOnceInFullBatches() {
    var graphQids = tester
        .graph()
        .strings(
            "MATCH (f:Finding {_instanceId: $instance}) WITH DISTINCT f.qid AS qid RETURN toString(qid) ORDER BY qid");
    assertEquals(expected.distinctQids(), graphQids.size());

    var requested = run.requestsTo(KB).stream()
        .flatMap(r -> Arrays.stream(r.parameters().get("ids").split(",")))
        .toList();
    assertEquals(
        requested.size(), new HashSet<>(requested).size(), "no QID requested twice: " + requested);
    assertEquals(new HashSet<>(graphQids), new HashSet<>(requested));
    long batches = (graphQids.size() + QIDS_PER_REQUEST - 1) / QIDS_PER_REQUEST;
    assertTrue(batches > 1, "several batches: " + batches);
    assertEquals(batches, kbRequests, "KB requests the simulator served");
    assertTrue(kbRequests * QIDS_PER_REQUEST >= graphQids.size());
    assertEquals(graphQids.size(), run.itemsOf(StepIds.FINDING_VULNS), "one KB entry per QID");
  }

  @Test
  void hostFindingsCarryTheKnowledgeBaseTitleInsteadOfTheQid() {
    assertEquals(
        0,
        run.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE f.name STARTS WITH 'QID '"
                + " OR f.name <> f.displayName RETURN count(f)"));
    assertEquals(
        0,
        run.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance})-[:IS]->(v:qualys_vuln) WHERE f.name <> v.name"
                + " RETURN count(f)"),
        "a QID without CVE: the finding's name is the KB title");
  }

  @Test
  void findingsReachTheirCveIdsThroughTheVulnerabilitiesTheyAre() {
    assertTrue(run.count(
            "MATCH (f:Finding {_instanceId: $instance})-[:IS]->(v:cve) RETURN count(DISTINCT f)")
        > 0);
    assertEquals(
        0,
        run.count(
            "MATCH (f:Finding {_instanceId: $instance})-[:IS]->(v:cve) WHERE v.id IS NULL OR toLower(v.id) <> v._key"
                + " OR v.qid <> f.qid RETURN count(f)"));
    assertEquals(
        0,
        run.count(
            "MATCH (f:Finding {_instanceId: $instance}) WHERE f.cveIds IS NOT NULL RETURN count(f)"),
        "CVE ids live on the cve nodes, not copied onto every finding");
  }

  @Test
  void everyFindingIsOneVulnerabilityPerCveOrOneQualysVuln() {
    assertEquals(
        expected.findingVulnerabilityLinks(),
        run.count(
            "MATCH (:Finding {_instanceId: $instance})-[r:IS {_instanceId: $instance}]->(:Vulnerability) RETURN count(r)"));
    assertEquals(
        expected.cves(),
        run.count("MATCH (v:Placeholder:Vulnerability:cve {_instanceId: $instance})"
            + " WHERE v._key = toLower(v.id) AND v._key STARTS WITH 'cve-' RETURN count(v)"));
    assertEquals(
        expected.qidsWithoutCve(),
        run.count("MATCH (v:Placeholder:Vulnerability:qualys_vuln {_instanceId: $instance})"
            + " WHERE v._key = 'vuln-qid:' + toString(v.qid) RETURN count(v)"));
    assertEquals(
        0,
        run.count(
            "MATCH (f:Finding {_instanceId: $instance}) WHERE NOT (f)-[:IS]->(:Vulnerability) RETURN count(f)"));
  }

  @Test
  void webAppFindingsUseTheirOwnIsTypesAndGetTheKnowledgeBaseScores() {
    assertTrue(run.count(
            "MATCH (:qualys_web_app_finding {_instanceId: $instance})-[r:IS]->() RETURN count(r)")
        > 0);
    assertEquals(
        0,
        run.count("MATCH (:qualys_web_app_finding {_instanceId: $instance})-[r:IS]->()"
            + " WHERE NOT r._type IN ['qualys_web_app_finding_is_cve', 'qualys_web_app_finding_is_vuln']"
            + " RETURN count(r)"));
    assertEquals(
        0,
        run.count("MATCH (:qualys_host_finding {_instanceId: $instance})-[r:IS]->()"
            + " WHERE NOT r._type IN ['qualys_host_finding_is_cve', 'qualys_host_finding_is_vuln']"
            + " RETURN count(r)"));
    assertEquals(
        0,
        run.count("MATCH (w:qualys_web_app_finding {_instanceId: $instance})-[:IS]->(v:qualys_vuln)"
            + " WHERE w.cvssScore IS NULL AND v.cvssScore IS NOT NULL RETURN count(w)"),
        "web-app findings get the KB scores too");
  }
}
