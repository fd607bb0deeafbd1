package dev.graphwright.example;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.error.PageException;
import dev.graphwright.api.graph.EntityType;
import java.util.Map;

/** Writes ten groups. */
final class GenerateGroupsStep implements Step {

  static final String ID = "generate-groups";
  static final EntityType GROUP =
      EntityType.of("example_group", "Group", "a group of items").withProperties("name");
  static final int GROUPS = 10;

  @Override
  public StepSpec spec() {
    return StepSpec.builder(ID, "Generate groups").entity(GROUP).build();
  }

  @Override
  public void execute(StepContext context) {
    if (context.config().get(ExampleIntegration.FAIL_STEP).equals(ID)) {
      throw new PageException("asked to fail by EXAMPLE_FAIL_STEP", null);
    }
    context.progress().expect("groups", GROUPS);
    for (int g = 0; g < GROUPS; g++) {
      context.jobState().addEntity(GROUP.entity(key(g), Map.of("name", "Group " + g)));
      context.progress().advance(1);
    }
  }

  static String key(int group) {
    return "example-group:" + group;
  }
}
