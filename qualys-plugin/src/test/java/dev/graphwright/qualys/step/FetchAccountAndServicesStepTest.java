package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fetch-account and fetch-services: the subscription as an Account that HAS the VMDR and WAS
 * services, versioned from one portal-version call shared by both steps.
 */
class FetchAccountAndServicesStepTest {

  private static QualysSimulator simulator;
  @TempDir static Path spool;
  private static StepRun run;

  @BeforeAll
  static void runBothSteps() throws Exception {
    simulator = SmallAccount.start();
    run = StepRun.of(simulator, TestGraph.newInstance("account"), RUN_START, Optional.empty(), Map.of(), spool);
    run.execute(new FetchAccountStep(), new FetchServicesStep());
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
  void accountIsKeyedAndNamedByTheInstance() {
    assertEquals(List.of("qualys-account:" + run.instance() + "|Qualys - " + run.instance()), run.strings(
        "MATCH (a:Account:qualys_account {_instanceId: $i}) RETURN a._key + '|' + a.name"));
    assertEquals(List.of("1.0.3|9.10.0.0|" + simulator.baseUrl()), run.strings(
        "MATCH (a:qualys_account {_instanceId: $i}) RETURN a.vmVersion + '|' + a.wasVersion + '|' + a.apiUrl"));
  }

  @Test
  void accountHasBothServicesWithThePeersKeysFunctionsAndPortalVersions() {
    assertEquals(
        List.of(
            "qualys_account_has_vulnerability_manager|qualys-service:vmdr|qualys_vulnerability_manager"
                + "|vulnerability-management|1.0.3",
            "qualys_account_has_web_app_scanner|qualys-service:was|qualys_web_app_scanner|DAST|9.10.0.0"),
        run.strings(
            "MATCH (:qualys_account {_instanceId: $i})-[r:HAS {_instanceId: $i}]->(s:Service)"
                + " RETURN r._type + '|' + s._key + '|' + s._type + '|' + s.function + '|' + s.version"
                + " ORDER BY s._key"));
  }

  @Test
  void bothStepsShareOnePortalVersionCall() {
    assertEquals(1, simulator.metrics().requests("portal"));
  }
}
