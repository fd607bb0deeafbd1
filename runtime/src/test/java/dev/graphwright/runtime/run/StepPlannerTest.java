package dev.graphwright.runtime.run;

import static dev.graphwright.runtime.run.TestSteps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.error.StepDefinitionException;
import java.util.List;
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
    var error =
        assertThrows(
            StepDefinitionException.class,
            () -> new StepPlanner(List.of(step("a", "c"), step("b", "a"), step("c", "b"), step("d"))));
    assertEquals("the steps [a, b, c] depend on each other in a cycle", error.getMessage());
    assertTrue(error.fatal());
  }

  @Test
  void rejectsAnUnknownDependency() {
    var error =
        assertThrows(StepDefinitionException.class, () -> new StepPlanner(List.of(step("a", "nope"))));
    assertEquals("step 'a' depends on unknown step 'nope'", error.getMessage());
  }

  @Test
  void rejectsDuplicateIds() {
    var error =
        assertThrows(StepDefinitionException.class, () -> new StepPlanner(List.of(step("a"), step("a"))));
    assertEquals("duplicate step id 'a'", error.getMessage());
  }
}
