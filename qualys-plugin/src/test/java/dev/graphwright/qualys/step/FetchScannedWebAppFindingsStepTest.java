package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.ExpectedCounts;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fetch-scanned-webapps and fetch-scanned-webapp-findings: WAS scans each web app of the window
 * (a {@code web_app} keyed {@code qualys-web-app:<id>}), and identifies each of their findings,
 * which the app HAS.
 */
class FetchScannedWebAppFindingsStepTest {

  private static QualysSimulator simulator;
  @TempDir static Path spool;
  private static StepRun run;
  private static ExpectedCounts expected;
  private static long spooled;

  @BeforeAll
  static void runTheWasStepsAndResolve() throws Exception {
    simulator = SmallAccount.start();
    run = StepRun.of(simulator, TestGraph.newInstance("was"), RUN_START, Optional.empty(), Map.of(), spool);
    run.execute(new FetchAccountStep(), new FetchServicesStep(), new FetchScannedWebAppsStep(),
        new FetchScannedWebAppFindingsStep());
    expected = simulator.expected(SmallAccount.expectedFilters(run.windows(), DEFAULT_STATUSES));
    spooled = run.mappedRelationshipCount();
    run.resolveMappings();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      run.close();
    } finally {
      simulator.stop();
    }
  }

  @Test
  void handsTheScannedWebAppIdsToTheFindingsStep() {
    assertTrue(expected.webApps() > 0);
    assertEquals(expected.webApps(), run.count(
        "MATCH (c:GraphwrightDataSet {instanceId: $i, name: 'scanned-webapp-ids'})"
            + " UNWIND c.values AS id RETURN count(DISTINCT id)"));
    assertEquals(2 * expected.webApps(), spooled, "SCANS and HAS per app");
  }

  @Test
  void writesEveryFindingOnceEachIdentifiedByWas() {
    assertTrue(expected.webAppFindings() > 0);
    assertEquals(expected.webAppFindings(), run.count(
        "MATCH (f:Finding:qualys_web_app_finding {_instanceId: $i}) RETURN count(f)"));
    assertEquals(expected.webAppFindings(), run.count(
        "MATCH (:qualys_web_app_scanner {_instanceId: $i, _key: 'qualys-service:was'})"
            + "-[:IDENTIFIED {_instanceId: $i}]->(f:qualys_web_app_finding) RETURN count(DISTINCT f)"));
    var byType = new TreeMap<String, Long>();
    expected.webAppFindingsByType().forEach((type, n) -> {
      if (n > 0) {
        byType.put(type, n);
      }
    });
    assertEquals(byType, run.countsBy(
        "MATCH (f:qualys_web_app_finding {_instanceId: $i}) RETURN f.type, count(*)"));
    assertEquals(0, run.count(
        "MATCH (f:qualys_web_app_finding {_instanceId: $i}) WHERE f.category <> 'app-scan'"
            + " OR f.webAppId IS NULL OR f.webAppUrl IS NULL OR f.open IS NULL RETURN count(f)"));
  }

  @Test
  void wasScansEachWebAppAndEachAppHasItsOwnFindings() {
    assertEquals(expected.webApps(), run.count(
        "MATCH (:qualys_web_app_scanner {_instanceId: $i})-[:SCANS {_instanceId: $i}]->(a:web_app)"
            + " WHERE a._key = 'qualys-web-app:' + a.qualysWebAppId AND a.url IS NOT NULL"
            + " RETURN count(DISTINCT a)"));
    assertEquals(expected.webAppFindings(), run.count(
        "MATCH (a:web_app)-[:HAS {_instanceId: $i}]->(f:qualys_web_app_finding {_instanceId: $i})"
            + " WHERE a.qualysWebAppId = f.webAppId AND a.url = f.webAppUrl RETURN count(f)"));
    assertEquals(0, run.count(
        "MATCH (a:web_app)-[:HAS]->(f:qualys_web_app_finding {_instanceId: $i})"
            + " WHERE a.qualysWebAppId <> f.webAppId RETURN count(f)"));
  }
}
