package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;

/** Steps for scheduler tests: a spec and a body. */
final class TestSteps {

  interface Body {
    void run(StepContext context) throws Exception;
  }

  private TestSteps() {}

  static Step step(String id, Body body, String... dependsOn) {
    return of(StepSpec.builder(id, "Step " + id).dependsOn(dependsOn).build(), body);
  }

  private static Step of(StepSpec spec, Body body) {
    return new Step() {
      @Override
      public StepSpec spec() {
        return spec;
      }

      @Override
      public void execute(StepContext context) throws Exception {
        body.run(context);
      }
    };
  }

  static Step step(String id, String... dependsOn) {
    return step(id, c -> {}, dependsOn);
  }

  /** A step that runs only when the boolean config field {@code enabledBy} is true. */
  static Step optional(String id, String enabledBy) {
    return of(StepSpec.builder(id, "Step " + id).enabledBy(enabledBy).build(), c -> {});
  }
}
