package dev.graphwright.runtime.run;

import static dev.graphwright.runtime.run.TestSteps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.Step;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.api.error.IntegrationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepSchedulerTest {

  /** Runs steps with a fake runner: a step fails by throwing, fatally with a fatal error. */
  private static StepScheduler.Result schedule(
      List<Step> steps, Set<String> selected, int parallelism) {
    var planner = new StepPlanner(steps);
    return new StepScheduler(planner, selected, parallelism).run(step -> {
      try {
        step.execute(null);
        return outcome(step, StepStatus.SUCCESS, null);
      } catch (IntegrationException e) {
        if (e.fatal()) {
          throw new StepScheduler.FatalRunException(
              outcome(step, StepStatus.FAILURE, e.getMessage()), e);
        }
        return outcome(step, StepStatus.FAILURE, e.getMessage());
      } catch (Exception e) {
        return outcome(step, StepStatus.FAILURE, e.getMessage());
      }
    });
  }

  private static StepOutcome outcome(Step step, StepStatus status, String error) {
    return new StepOutcome(step.spec().id(), status, 1, Map.of(), error, 0, List.of());
  }

  private static Set<String> all(List<Step> steps) {
    return Set.copyOf(steps.stream().map(s -> s.spec().id()).toList());
  }

  @Test
  void runsIndependentStepsInParallel() {
    var bothRunning = new CountDownLatch(2);
    TestSteps.Body meet = c -> {
      bothRunning.countDown();
      if (!bothRunning.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other step never ran at the same time");
      }
    };
    var steps = List.of(step("a", meet), step("b", meet), step("c", c -> {}, "a", "b"));
    var result = schedule(steps, all(steps), 2);
    assertEquals(Set.of("a", "b", "c"), result.outcomes().keySet(), "every step has an outcome");
    result.outcomes().values().forEach(o -> assertEquals(StepStatus.SUCCESS, o.status(), o.id()));
    assertEquals(0, bothRunning.getCount(), "a and b ran at the same time");
  }

  @Test
  void runsEachStepAfterItsDependencies() {
    var order = new ConcurrentLinkedQueue<String>();
    var steps = List.of(
        step("a", c -> order.add("a")),
        step("b", c -> order.add("b"), "a"),
        step("c", c -> order.add("c"), "b"));
    schedule(steps, all(steps), 4);
    assertEquals(List.of("a", "b", "c"), List.copyOf(order));
  }

  @Test
  void dependentsOfAFailedStepStillRunAndArePartial() {
    var steps = List.of(
        step("a", c -> {
          throw new IllegalStateException("boom");
        }),
        step("b", c -> {}, "a"),
        step("c", c -> {}));
    var result = schedule(steps, all(steps), 2);
    assertEquals(StepStatus.FAILURE, result.outcomes().get("a").status());
    assertEquals("boom", result.outcomes().get("a").error());
    assertEquals(
        StepStatus.PARTIAL_DUE_TO_DEPENDENCY_FAILURE, result.outcomes().get("b").status());
    assertEquals(StepStatus.SUCCESS, result.outcomes().get("c").status());
    assertNull(result.fatal());
  }

  @Test
  void aFatalErrorStopsTheRun() {
    var steps = List.of(
        step("a", c -> {
          throw new ConfigException("bad credentials");
        }),
        step("b", c -> {}, "a"),
        step("c", c -> {}, "b"));
    var result = schedule(steps, all(steps), 1);
    assertEquals("bad credentials", result.fatal().getMessage());
    assertEquals(StepStatus.FAILURE, result.outcomes().get("a").status());
    assertEquals(StepStatus.NOT_RUN, result.outcomes().get("b").status());
    assertEquals(StepStatus.NOT_RUN, result.outcomes().get("c").status());
  }

  @Test
  void runsOnlyTheSelectedStep() {
    var ran = new ConcurrentLinkedQueue<String>();
    var steps = List.of(step("a", c -> ran.add("a")), step("b", c -> ran.add("b"), "a"));
    var result = schedule(steps, Set.of("b"), 2);
    assertEquals(List.of("b"), List.copyOf(ran));
    assertEquals(Set.of("b"), result.outcomes().keySet());
    assertTrue(result.outcomes().get("b").status().complete());
  }
}
