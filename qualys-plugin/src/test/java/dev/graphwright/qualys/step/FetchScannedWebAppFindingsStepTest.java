package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fetch-scanned-webapps and fetch-scanned-webapp-findings: WAS scans each web app of the window
 * (a {@code web_app} keyed {@code qualys-web-app:<id>}), and identifies each of their findings,
 * which the app HAS.
 */
class FetchScannedWebAppFindingsStepTest {

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun run;
  private static ExpectedCounts expected;
  private static long spooled;

  @BeforeAll
  static void runTheWasStepsAndResolve() throws Exception {
    simulator = SmallAccount.start();
    tester = QualysTester.of(simulator, RUN_START);
    run = tester.runStep(StepIds.WEB_APP_FINDINGS).assertSucceeded();
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
  void handsTheScannedWebAppIdsToTheFindingsStep() {
    assertTrue(expected.webApps() > 0);
    assertEquals(
        expected.webApps(),
        run.count("MATCH (c:GraphwrightDataSet {instanceId: $instance, name: 'scanned-webapp-ids'})"
            + " UNWIND c.values AS id RETURN count(DISTINCT id)"));
    assertEquals(2 * expected.webApps(), spooled, "SCANS and HAS per app");
  }

  @Test
  void writesEveryFindingOnceEachIdentifiedByWas() {
    assertTrue(expected.webAppFindings() > 0);
    assertEquals(
        expected.webAppFindings(),
        run.count(
            "MATCH (f:Finding:qualys_web_app_finding {_instanceId: $instance}) RETURN count(f)"));
    assertEquals(
        expected.webAppFindings(),
        run.count(
            "MATCH (:qualys_web_app_scanner {_instanceId: $instance, _key: 'qualys-service:was'})"
                + "-[:IDENTIFIED {_instanceId: $instance}]->(f:qualys_web_app_finding) RETURN count(DISTINCT f)"));
    var byType = new TreeMap<String, Long>();
    expected.webAppFindingsByType().forEach((type, n) -> {
      if (n > 0) {
        byType.put(type, n);
      }
    });
    assertEquals(
        byType,
        tester
            .graph()
            .countsBy(
                "MATCH (f:qualys_web_app_finding {_instanceId: $instance}) RETURN f.type, count(*)"));
    assertEquals(
        0,
        run.count(
            "MATCH (f:qualys_web_app_finding {_instanceId: $instance}) WHERE f.category <> 'app-scan'"
                + " OR f.webAppId IS NULL OR f.webAppUrl IS NULL OR f.open IS NULL RETURN count(f)"));
  }

  @Test
  void wasScansEachWebAppAndEachAppHasItsOwnFindings() {
    assertEquals(
        expected.webApps(),
        run.count(
            "MATCH (:qualys_web_app_scanner {_instanceId: $instance})-[:SCANS {_instanceId: $instance}]->(a:web_app)"
                + " WHERE a._key = 'qualys-web-app:' + a.qualysWebAppId AND a.url IS NOT NULL"
                + " RETURN count(DISTINCT a)"));
    assertEquals(
        expected.webAppFindings(),
        run.count(
            "MATCH (a:web_app)-[:HAS {_instanceId: $instance}]->(f:qualys_web_app_finding {_instanceId: $instance})"
                + " WHERE a.qualysWebAppId = f.webAppId AND a.url = f.webAppUrl RETURN count(f)"));
    assertEquals(
        0,
        run.count("MATCH (a:web_app)-[:HAS]->(f:qualys_web_app_finding {_instanceId: $instance})"
            + " WHERE a.qualysWebAppId <> f.webAppId RETURN count(f)"));
  }
}
