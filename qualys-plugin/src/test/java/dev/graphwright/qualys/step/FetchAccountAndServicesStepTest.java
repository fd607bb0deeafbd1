package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fetch-account and fetch-services: the subscription as an Account that HAS the VMDR and WAS
 * services, versioned from one portal-version call shared by both steps.
 */
class FetchAccountAndServicesStepTest {

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun run;

  @BeforeAll
  static void runBothSteps() throws Exception {
    simulator = SmallAccount.start();
    tester = QualysTester.of(simulator, RUN_START);
    run = tester.runStep(StepIds.SERVICES).assertSucceeded();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void accountIsKeyedAndNamedByTheInstance() {
    assertEquals(
        List.of("qualys-account:" + tester.instanceId() + "|Qualys - " + tester.instanceId()),
        tester
            .graph()
            .strings(
                "MATCH (a:Account:qualys_account {_instanceId: $instance}) RETURN a._key + '|' + a.name"));
    assertEquals(
        List.of("1.0.3|9.10.0.0|" + simulator.baseUrl()),
        tester
            .graph()
            .strings(
                "MATCH (a:qualys_account {_instanceId: $instance}) RETURN a.vmVersion + '|' + a.wasVersion + '|' + a.apiUrl"));
  }

  @Test
  void accountHasBothServicesWithThePeersKeysFunctionsAndPortalVersions() {
    assertEquals(
        List.of(
            "qualys_account_has_vulnerability_manager|qualys-service:vmdr|qualys_vulnerability_manager"
                + "|vulnerability-management|1.0.3",
            "qualys_account_has_web_app_scanner|qualys-service:was|qualys_web_app_scanner|DAST|9.10.0.0"),
        tester
            .graph()
            .strings(
                "MATCH (:qualys_account {_instanceId: $instance})-[r:HAS {_instanceId: $instance}]->(s:Service)"
                    + " RETURN r._type + '|' + s._key + '|' + s._type + '|' + s.function + '|' + s.version"
                    + " ORDER BY s._key"));
  }

  @Test
  void bothStepsShareOnePortalVersionCall() {
    assertEquals(
        1, run.requestsTo("/qps/rest/portal/version").size(), run.requests().toString());
  }
}
