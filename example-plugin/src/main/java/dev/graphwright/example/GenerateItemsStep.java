package dev.graphwright.example;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.RelationshipType;
import dev.graphwright.api.graph.TargetFilter;
import java.time.Clock;
import java.util.List;

/** Writes the items, each in a group and mapped to the host with its IP address. */
final class GenerateItemsStep implements Step {

  static final String ID = "generate-items";
  static final EntityType ITEM =
      EntityType.of("example_item", "Resource", "an item").withProperties("name", "index");
  static final RelationshipType GROUP_HAS_ITEM = RelationshipType.of(
      "example_group_has_item", "HAS", GenerateGroupsStep.GROUP.type(), ITEM.type());
  /** Host HAS item: an item is linked to the Host with its IP address, else its hostname. */
  static final MappedRelationshipType HOST_HAS_ITEM = MappedRelationshipType.builder(
          "example_host_has_item", "HAS")
      .source(ITEM)
      .placeholder("example_host", "Host")
      .reverse()
      .targetFilters(
          TargetFilter.byClass("Host", "ipAddress"), TargetFilter.byClass("Host", "hostname"))
      .build();

  private final Clock clock;

  GenerateItemsStep(Clock clock) {
    this.clock = clock;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(ID, "Generate items")
        .dependsOn(GenerateGroupsStep.ID)
        .entity(ITEM)
        .relationship(GROUP_HAS_ITEM)
        .mappedRelationship(HOST_HAS_ITEM)
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
      state.addEntity(ITEM.entity(
          key,
          Properties.builder()
              .put("name", "Item " + i)
              .put("index", i)
              .put("group", group)
              .put("weight", i * 0.5)
              .put("active", i % 2 == 0)
              .put("tags", List.of("t" + (i % 3), "t" + (i % 5)))
              .put("generatedOn", now - now % 86_400_000L)
              .build()));
      state.addRelationship(GROUP_HAS_ITEM.relate(GenerateGroupsStep.key(group), key));
      int host = i % 50;
      state.addMappedRelationship(HOST_HAS_ITEM
          .from(key)
          .targetEntity(Properties.builder()
              .put("_key", "example-host:" + host)
              .put("ipAddress", "10.0.0." + host)
              .put("hostname", "host-" + host)
              .build())
          .build());
      context.progress().advance(1);
    }
  }
}
