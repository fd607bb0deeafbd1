package dev.graphwright.example;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.api.graph.RelationshipType;
import dev.graphwright.api.graph.TargetFilter;
import java.time.Clock;
import java.util.List;

/** Writes the items, each in a group and mapped to the host with its IP address. */
final class GenerateItemsStep implements Step {

  static final String ID = "generate-items";
  static final String ITEM = "example_item";
  static final String GROUP_HAS_ITEM = "example_group_has_item";
  static final String HOST_HAS_ITEM = "example_host_has_item";
  static final List<TargetFilter> HOST_FILTERS =
      List.of(TargetFilter.byClass("Host", "ipAddress"), TargetFilter.byClass("Host", "hostname"));

  private final Clock clock;

  GenerateItemsStep(Clock clock) {
    this.clock = clock;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(ID, "Generate items")
        .dependsOn(GenerateGroupsStep.ID)
        .entity(EntityType.of(ITEM, "Resource", "an item"))
        .relationship(RelationshipType.of(GROUP_HAS_ITEM, "HAS", GenerateGroupsStep.GROUP, ITEM))
        .mappedRelationship(
            new MappedRelationshipType(
                HOST_HAS_ITEM, "HAS", ITEM, "example_host",
                dev.graphwright.api.graph.Direction.REVERSE, HOST_FILTERS, false))
        .build();
  }

  @Override
  public void execute(StepContext context) {
    if (context.config().get(ExampleIntegration.FAIL_STEP).equals(ID)) {
      throw new IllegalStateException("asked to fail by EXAMPLE_FAIL_STEP");
    }
    int count = context.config().getInt(ExampleIntegration.COUNT);
    int generation = context.config().getInt(ExampleIntegration.GENERATION);
    context.progress().expect("items", count);
    long now = clock.millis();
    var state = context.jobState();
    for (int i = 0; i < count; i++) {
      if (i % 10 < generation) {
        continue;
      }
      var key = "example-item:" + i;
      int group = i % GenerateGroupsStep.GROUPS;
      state.addEntity(
          Entity.of(
              key,
              ITEM,
              "Resource",
              Properties.builder()
                  .put("name", "Item " + i)
                  .put("index", i)
                  .put("group", group)
                  .put("weight", i * 0.5)
                  .put("active", i % 2 == 0)
                  .put("tags", List.of("t" + (i % 3), "t" + (i % 5)))
                  .put("generatedOn", now - now % 86_400_000L)
                  .build()));
      state.addRelationship(
          Relationship.between(GROUP_HAS_ITEM, "HAS", GenerateGroupsStep.key(group), key));
      int host = i % 50;
      state.addMappedRelationship(
          MappedRelationship.from(key)
              .type(HOST_HAS_ITEM, "HAS")
              .direction(dev.graphwright.api.graph.Direction.REVERSE)
              .targetFilters(HOST_FILTERS)
              .targetEntity(
                  Properties.builder()
                      .put("_key", "example-host:" + host)
                      .put("_type", "example_host")
                      .put("_class", "Host")
                      .put("ipAddress", "10.0.0." + host)
                      .put("hostname", "host-" + host)
                      .build())
              .build());
      context.progress().advance(1);
    }
  }
}
