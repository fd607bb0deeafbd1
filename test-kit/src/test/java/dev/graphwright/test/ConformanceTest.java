package dev.graphwright.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  @Test
  void aWellBehavedIntegrationConforms() {
    var tester = IntegrationTester.of(TinyIntegration.class).config("TINY_USERS", "7");
    var report = Conformance.of(tester).check();
    report.assertConforms();
    assertEquals(7, tester.graph().entities("tiny_user"));
    assertEquals(7, tester.graph().relationships("tiny_team_has_tiny_user"));
  }

  @Test
  void reportsUndeclaredTypesMissingPropertiesDanglingLinksAndEmptyTypes() {
    var tester = IntegrationTester.of(TinyIntegration.class)
        .config("tinyBad", "true")
        .config("TINY_USERS", "0");
    var problems =
        String.join("\n", Conformance.of(tester).failureDrills().check().problems());
    assertTrue(problems.contains("type written but not declared: tiny_stray"), problems);
    assertTrue(problems.contains("dropped: an end was missing"), problems);
    assertTrue(
        problems.contains("declared type tiny_user (step fetch-users) was not written"), problems);

    var withUsers = IntegrationTester.of(TinyIntegration.class).config("tinyBad", "true");
    var report = Conformance.of(withUsers).failureDrills().check();
    assertFalse(report.conforms());
    assertTrue(
        report.problems().contains("5 tiny_user entities lack the declared property ip"),
        report.problems().toString());
  }

  @Test
  void aStepRunsWithItsAncestorsAndMappedLinksCanBeAsserted() {
    var tester = IntegrationTester.of(TinyIntegration.class);
    var run = tester.runStep("fetch-users").assertSucceeded();
    assertEquals("SUCCESS", run.stepStatus("fetch-teams"));
    assertEquals(5, run.mapping("tiny_user_uses_host").toPlaceholders());
    tester
        .graph()
        .mapped("tiny_user_uses_host", "user:3")
        .resolvesToPlaceholder(
            "tiny-host:10.9.0.3", Map.of("ipAddress", "10.9.0.3", "_type", "tiny_host"));
  }

  @Test
  void aFailedStepKeepsItsTypesAndTheRunSaysWhy() {
    var tester = IntegrationTester.of(TinyIntegration.class);
    tester.run().assertSucceeded();
    var failed = tester.failStep("fetch-users").run();
    assertEquals(1, failed.exitCode());
    assertEquals("FAILURE", failed.stepStatus("fetch-users"));
    assertTrue(failed.step("fetch-users").error().contains("failed on purpose"));
    assertEquals(5, tester.graph().entities("tiny_user"));
    assertEquals(0, failed.deleted("tiny_user"));
  }
}
