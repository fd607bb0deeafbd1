package dev.graphwright.neo4j.mapping;

import dev.graphwright.api.graph.Direction;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.TargetFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What mapped relationships resolved by the same queries have in common: everything but the
 * source, the target values and the relationship properties. The spool keeps one file per shape.
 *
 * @param sourceType the selector's entity type, or null for key-sourced relationships
 * @param sourceProperty the selector's property, or null
 * @param targetLabels the placeholder's labels ({@code _class} values, then {@code _type})
 */
record MappingShape(
    String type,
    String relClass,
    Direction direction,
    @Nullable String sourceType,
    @Nullable String sourceProperty,
    List<TargetFilter> filters,
    boolean skipTargetCreation,
    List<String> targetLabels) {

  static MappingShape of(MappedRelationship relationship) {
    var selector = relationship.sourceSelector();
    var labels = new ArrayList<String>();
    if (!relationship.skipTargetCreation()) {
      labels.addAll(MappedRelationship.targetClasses(relationship.targetEntity()));
      labels.add((String) relationship.targetEntity().get(MappedRelationship.TYPE));
    }
    return new MappingShape(
        relationship.type(),
        relationship.relClass(),
        relationship.direction(),
        selector == null ? null : selector.type(),
        selector == null ? null : selector.property(),
        relationship.targetFilters(),
        relationship.skipTargetCreation(),
        List.copyOf(labels));
  }

  /**
   * What resolving a target depends on: shapes with equal target sides resolve a target the same
   * way (same lookups, same placeholder), so their batches are resolved together.
   */
  record TargetSide(List<TargetFilter> filters, boolean skipTargetCreation, List<String> labels) {}

  TargetSide targetSide() {
    return new TargetSide(filters, skipTargetCreation, targetLabels);
  }

  boolean selectsSources() {
    return sourceType != null;
  }

  /** The selector's entity type; only for a shape that {@link #selectsSources()}. */
  String selectorType() {
    return Objects.requireNonNull(sourceType, "this shape has no source selector");
  }

  /** The selector's property; only for a shape that {@link #selectsSources()}. */
  String selectorProperty() {
    return Objects.requireNonNull(sourceProperty, "this shape has no source selector");
  }
}
