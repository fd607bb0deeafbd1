package ${package};

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.TargetFilter;
import java.time.Clock;

/** Fetches the items a page at a time and links each to the Host it runs on. */
final class FetchItemsStep implements Step {

  static final String ID = "fetch-items";

  /** Every type is declared once; entities and relationships are made through it. */
  static final EntityType ITEM =
      EntityType.of("${integrationId}_item", "Resource", "an item").withProperties("name", "ipAddress");

  /**
   * Host HAS item: the item links to the Host that any integration owns with its IP address;
   * when nobody owns one, the host makes a placeholder Host, adopted later by its owner.
   */
  static final MappedRelationshipType HOST_HAS_ITEM =
      MappedRelationshipType.builder("${integrationId}_host_has_item", "HAS")
          .source(ITEM)
          .placeholder("${integrationId}_host", "Host")
          .reverse()
          .targetFilters(TargetFilter.byClass("Host", "publicIpAddress"))
          .build();

  private final Clock clock;

  FetchItemsStep(Clock clock) {
    this.clock = clock;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(ID, "Fetch items").entity(ITEM).mappedRelationship(HOST_HAS_ITEM).build();
  }

  @Override
  public void execute(StepContext context) {
    var source = new ItemSource(context.config().getInt(${className}Integration.ITEM_COUNT), clock);
    context.progress().expect("items", source.size());
    var state = context.jobState();
    // Get, transform, load: one page at a time, never the whole account in memory.
    for (var page = source.firstPage(); page != null; page = source.nextPage(page)) {
      for (var item : page.items()) {
        state.addEntity(
            ITEM.entity(
                "${integrationId}-item:" + item.id(),
                Properties.builder()
                    .put("name", item.name())
                    .put("ipAddress", item.ipAddress())
                    .put("createdOn", item.createdOn())
                    .build()));
        state.addMappedRelationship(
            HOST_HAS_ITEM.from("${integrationId}-item:" + item.id())
                .targetEntity(
                    Properties.builder()
                        .put("_key", "${integrationId}-host:" + item.ipAddress())
                        .put("publicIpAddress", item.ipAddress())
                        .build())
                .build());
      }
      context.progress().advance(page.items().size());
    }
  }
}
