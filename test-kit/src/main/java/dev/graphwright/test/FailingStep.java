package dev.graphwright.test;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import java.util.List;
import java.util.Set;

/** A step with its declaration that throws instead of running: how a test makes a step fail. */
record FailingStep(StepSpec spec) implements Step {

  static final String MESSAGE = "failed on purpose by the test kit";

  static List<Step> replace(List<Step> steps, Set<String> ids) {
    return steps.stream()
        .map(step -> ids.contains(step.spec().id()) ? (Step) new FailingStep(step.spec()) : step)
        .toList();
  }

  @Override
  public void execute(StepContext context) {
    throw new IllegalStateException(MESSAGE + " (step " + spec.id() + ")");
  }
}
