package dev.graphwright.runtime.run;

import static dev.graphwright.runtime.run.TestSteps.optional;
import static dev.graphwright.runtime.run.TestSteps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.error.StepDefinitionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepPlannerTest {

  @Test
  void ordersStepsAfterTheirDependencies() {
    var planner =
        new StepPlanner(List.of(step("c", "a", "b"), step("b", "a"), step("a"), step("d")));
    var order = planner.topologicalOrder();
    assertTrue(order.indexOf("a") < order.indexOf("b"));
    assertTrue(order.indexOf("b") < order.indexOf("c"));
    assertEquals(Set.of("c", "b", "a"), planner.withAncestors("c"));
  }

  @Test
  void rejectsACycleNamingItsSteps() {
    var error = assertThrows(
        StepDefinitionException.class,
        () -> new StepPlanner(List.of(step("a", "c"), step("b", "a"), step("c", "b"), step("d"))));
    assertEquals("the steps [a, b, c] depend on each other in a cycle", error.getMessage());
    assertTrue(error.fatal());
  }

  @Test
  void rejectsAnUnknownDependency() {
    var error = assertThrows(
        StepDefinitionException.class, () -> new StepPlanner(List.of(step("a", "nope"))));
    assertEquals("step 'a' depends on unknown step 'nope'", error.getMessage());
  }

  @Test
  void aSwitchMustNameADeclaredConfigFieldAndTurnsItsStepOff() {
    var fields = List.of(ConfigField.optional("ingestExtras", "INGEST_EXTRAS", "extras", "true"));
    var planner = new StepPlanner(List.of(step("a"), optional("extras", "ingestExtras")));
    assertEquals(planner, planner.checkSwitches(fields));
    assertEquals(Set.of(), planner.disabledIn(config(Map.of("ingestExtras", "true"))));
    assertEquals(Set.of("extras"), planner.disabledIn(config(Map.of("ingestExtras", "false"))));
    assertEquals(
        "INGEST_EXTRAS", planner.switchOf("extras", fields).orElseThrow().envVar());
    assertTrue(planner.switchOf("a", fields).isEmpty());

    var typo = new StepPlanner(List.of(optional("extras", "ingestExtra")));
    var error = assertThrows(StepDefinitionException.class, () -> typo.checkSwitches(fields));
    assertTrue(
        error.getMessage().startsWith("step 'extras' is switched by 'ingestExtra', which is not"),
        error.getMessage());
  }

  private static IntegrationConfig config(Map<String, String> values) {
    return MapConfig.of(values);
  }

  @Test
  void rejectsDuplicateIds() {
    var error = assertThrows(
        StepDefinitionException.class, () -> new StepPlanner(List.of(step("a"), step("a"))));
    assertEquals("duplicate step id 'a'", error.getMessage());
  }
}
