package dev.graphwright.host.qualys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import dev.graphwright.runtime.run.RunRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An optional step switched off by its config field does not run, writes none of its types and
 * deletes none of what earlier runs wrote; switched on again, it catches up.
 */
class OptionalStepsTest {

  private static final Map<String, String> WAS_OFF = Map.of("QUALYS_INGEST_WAS", "false");
  private static QualysSimulator simulator;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSimulator() {
    simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(11)
        .hosts(60)
        .detectionsPerHost(4)
        .qids(40)
        .webApps(4)
        .findingsPerWebApp(5)
        .rateLimit(100_000)
        .build());
  }

  @AfterAll
  static void stopSimulator() {
    simulator.stop();
  }

  @Test
  void wasSwitchedOffWritesNoWasTypesAndDeletesNone() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var instance = TestGraph.newInstance("qualys-was");

    var off = runs.run(instance, WAS_OFF);
    assertEquals(0, off.exitCode(), off.out() + off.err());
    assertEquals("SUCCESS", off.record().status(), "a switched-off step is no shortfall");
    assertEquals("DISABLED", status(off.record(), "fetch-scanned-webapps"));
    assertEquals("DISABLED", status(off.record(), "fetch-scanned-webapp-findings"));
    assertEquals(
        "SUCCESS", status(off.record(), "fetch-finding-vulns"), "a dependent step still runs");
    assertTrue(off.record().totals().entities().getOrDefault("qualys_host_finding", 0L) > 0);
    assertEquals(0L, wasObjects(instance), "no web app, web-app finding or WAS link");

    var on = runs.runOk(instance).record();
    long written = wasObjects(instance);
    assertTrue(written > 0, "switched on, WAS is ingested");
    assertEquals(
        simulator.expected(QualysRuns.expectedFilters(on)).webAppFindings(),
        on.totals().entities().get("qualys_web_app_finding"));

    var offAgain = runs.run(instance, WAS_OFF);
    assertEquals(0, offAgain.exitCode(), offAgain.out() + offAgain.err());
    assertEquals(Map.of(), offAgain.record().deleted(), "nothing deleted");
    assertEquals(written, wasObjects(instance), "what the WAS steps wrote before stays");

    var steps = runs.command("steps", "qualys");
    assertTrue(
        steps.out().contains("optional: on (QUALYS_INGEST_WAS=true, the default)"), steps.out());
  }

  private static String status(RunRecord record, String step) {
    return record.steps().stream()
        .filter(s -> s.id().equals(step))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private static long wasObjects(String instance) {
    var params = Map.<String, Object>of("i", instance);
    return TestGraph.count(
            "MATCH (f:qualys_web_app_finding {_instanceId: $i}) RETURN count(f)", params)
        + TestGraph.count(
            "MATCH ()-[r]->() WHERE r._instanceId = $i AND r._type IN"
                + " ['web_app_has_qualys_web_app_finding', 'qualys_web_app_scanner_scans_web_app',"
                + " 'qualys_web_app_scanner_identified_finding'] RETURN count(r)",
            params);
  }
}
