package dev.graphwright.api.graph;

import java.util.List;

/**
 * A declared mapped relationship type. The host creates an index for every filter group so that
 * resolution is a lookup, not a scan.
 *
 * @param type the relationship {@code _type}
 * @param relClass the relationship {@code _class}
 * @param sourceType the source entity {@code _type}
 * @param targetType the {@code _type} of placeholders it creates
 * @param direction which way it points
 * @param targetFilters the filter groups, in priority order
 * @param partial when true, unseen relationships of this type are never deleted
 */
public record MappedRelationshipType(
    String type,
    String relClass,
    String sourceType,
    String targetType,
    Direction direction,
    List<TargetFilter> targetFilters,
    boolean partial) {

  public MappedRelationshipType {
    Names.checkType(type);
    Names.checkRelationshipClass(relClass);
    Names.checkType(sourceType);
    Names.checkType(targetType);
    targetFilters = List.copyOf(targetFilters);
  }

  public static MappedRelationshipType of(
      String type,
      String relClass,
      String sourceType,
      String targetType,
      List<TargetFilter> targetFilters) {
    return new MappedRelationshipType(
        type, relClass, sourceType, targetType, Direction.FORWARD, targetFilters, false);
  }

  /** The same type, flagged partial. */
  public MappedRelationshipType asPartial() {
    return new MappedRelationshipType(
        type, relClass, sourceType, targetType, direction, targetFilters, true);
  }
}
