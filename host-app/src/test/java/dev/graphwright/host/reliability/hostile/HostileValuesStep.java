package dev.graphwright.host.reliability.hostile;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.api.graph.RelationshipType;
import dev.graphwright.api.graph.TargetFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one entity per hostile string (the string is its {@code _key} and its {@code value}),
 * links them in a chain, maps the first to a placeholder named by a hostile string, updates one
 * through a selector on a hostile value, stores them as a data set, and reads everything back
 * through the job state: any difference fails the step.
 */
final class HostileValuesStep implements Step {

  static final String ID = "write-hostile-values";
  public static final String TYPE = "hostile_record";
  public static final String LINK = "hostile_record_has_hostile_record";
  public static final String MAPPED = "hostile_record_is_hostile_target";
  public static final String TARGET = "hostile_target";
  private static final MappedRelationshipType MAPPED_TYPE = MappedRelationshipType.builder(
          MAPPED, "IS")
      .source(TYPE)
      .placeholder(TARGET, "Record")
      .targetFilters(TargetFilter.byType(TARGET, "name"))
      .build();

  @Override
  public StepSpec spec() {
    return StepSpec.builder(ID, "Write hostile values and read them back")
        .entity(EntityType.of(TYPE, "Record", "a record holding hostile strings"))
        .relationship(RelationshipType.of(LINK, "HAS", TYPE, TYPE))
        .mappedRelationship(MAPPED_TYPE)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var state = context.jobState();
    var values = HostileStrings.ALL;
    for (int i = 0; i < values.size(); i++) {
      state.addEntity(Entity.of(
          values.get(i),
          TYPE,
          "Record",
          Map.of(
              "value",
              values.get(i),
              "all",
              values,
              "index",
              i,
              "big",
              i == 0 ? HostileStrings.oneMegabyte() : "")));
      if (i > 0) {
        state.addRelationship(Relationship.between(LINK, "HAS", values.get(i - 1), values.get(i)));
      }
    }
    state.addMappedRelationship(MAPPED_TYPE
        .from(values.get(0))
        .targetEntity(Map.of(
            "_key", values.get(1), "_type", TARGET, "_class", "Record", "name", values.get(2)))
        .build());
    state.updateEntities(
        new EntitySelector(TYPE, "value", values.get(3)), Map.of("updated", values.get(4)));
    var dataSet = state.dataSet("hostile-strings");
    dataSet.clear();
    values.forEach(dataSet::append);
    dataSet.flush();
    readBack(context, values);
  }

  private static void readBack(StepContext context, List<String> values) {
    var state = context.jobState();
    for (int i = 0; i < values.size(); i++) {
      var entity = state
          .findEntity(values.get(i))
          .orElseThrow(() -> new IllegalStateException("an entity key did not come back"));
      var props = entity.properties();
      if (!values.get(i).equals(props.get("value")) || !values.equals(props.get("all"))) {
        throw new IllegalStateException("values changed on the way: " + props.get("value"));
      }
    }
    var big = state.findEntity(values.get(0)).orElseThrow().properties().get("big");
    if (!HostileStrings.oneMegabyte().equals(big)) {
      throw new IllegalStateException("the 1 MB value changed on the way");
    }
    var stored = new ArrayList<String>();
    state.dataSet("hostile-strings").forEach(stored::add);
    if (!stored.equals(values)) {
      throw new IllegalStateException("the data set changed on the way: " + stored);
    }
  }
}
