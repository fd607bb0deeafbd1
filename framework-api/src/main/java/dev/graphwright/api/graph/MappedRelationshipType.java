package dev.graphwright.api.graph;

import java.util.List;
import java.util.Objects;

/**
 * A declared mapped relationship type. Steps create their mapped relationships through it ({@link
 * #from}, {@link #fromAll}), so type, class, direction, filters and whether a placeholder may be
 * created all come from the declaration. The host creates an index for every filter group so that
 * resolution is a lookup, not a scan.
 *
 * <pre>{@code
 * static final MappedRelationshipType HOST_HAS_ITEM =
 *     MappedRelationshipType.builder("example_host_has_item", "HAS")
 *         .source(ITEM)
 *         .placeholder("example_host", "Host")
 *         .reverse()
 *         .targetFilters(TargetFilter.byClass("Host", "ipAddress"))
 *         .build();
 * }</pre>
 *
 * @param type the relationship {@code _type}
 * @param relClass the relationship {@code _class}
 * @param sourceType the source entity {@code _type}
 * @param targetType the {@code _type} of placeholders it creates
 * @param targetClasses the {@code _class} values of placeholders it creates
 * @param direction which way it points
 * @param targetFilters the filter groups, in priority order
 * @param partial when true, unseen relationships of this type are never deleted
 * @param skipTargetCreation when true, nothing is created when no target matches
 */
public record MappedRelationshipType(
    String type,
    String relClass,
    String sourceType,
    String targetType,
    List<String> targetClasses,
    Direction direction,
    List<TargetFilter> targetFilters,
    boolean partial,
    boolean skipTargetCreation) {

  public MappedRelationshipType {
    Names.checkType(type);
    Names.checkRelationshipClass(relClass);
    Names.checkType(sourceType);
    Names.checkType(targetType);
    targetClasses.forEach(Names::checkClass);
    targetClasses = List.copyOf(targetClasses);
    Objects.requireNonNull(direction, "direction == null");
    if (targetFilters.isEmpty()) {
      throw new IllegalArgumentException(
          "mapped relationship type " + type + " has no target filter");
    }
    targetFilters = List.copyOf(targetFilters);
  }

  /** Starts a declaration. */
  public static Builder builder(String type, String relClass) {
    return new Builder(type, relClass);
  }

  /** The same type, flagged partial. */
  public MappedRelationshipType asPartial() {
    return new MappedRelationshipType(
        type,
        relClass,
        sourceType,
        targetType,
        targetClasses,
        direction,
        targetFilters,
        true,
        skipTargetCreation);
  }

  /** Starts a mapped relationship of this type from one source entity. */
  public MappedRelationship.Builder from(String sourceKey) {
    return new MappedRelationship.Builder(this, sourceKey, null);
  }

  /** Starts a mapped relationship of this type from every entity the selector matches. */
  public MappedRelationship.Builder fromAll(EntitySelector selector) {
    if (!selector.type().equals(sourceType)) {
      throw new IllegalArgumentException("mapped relationship type " + type + " starts at "
          + sourceType + ", not at " + selector.type());
    }
    return new MappedRelationship.Builder(this, null, selector);
  }

  /** Builds a {@link MappedRelationshipType}. */
  public static final class Builder {
    private final String type;
    private final String relClass;
    private String sourceType = "";
    private String targetType = "";
    private List<String> targetClasses = List.of();
    private Direction direction = Direction.FORWARD;
    private List<TargetFilter> filters = List.of();
    private boolean partial;
    private boolean skipTargetCreation;

    private Builder(String type, String relClass) {
      this.type = type;
      this.relClass = relClass;
    }

    /** The entity type the relationship starts from (its source, whatever the direction). */
    public Builder source(EntityType source) {
      return source(source.type());
    }

    public Builder source(String sourceType) {
      this.sourceType = sourceType;
      return this;
    }

    /** The {@code _type} and {@code _class} values of the placeholder made when nothing matches. */
    public Builder placeholder(String targetType, String... targetClasses) {
      this.targetType = targetType;
      this.targetClasses = List.of(targetClasses);
      return this;
    }

    /** The relationship points from the target to the source (e.g. Host HAS finding). */
    public Builder reverse() {
      this.direction = Direction.REVERSE;
      return this;
    }

    public Builder targetFilters(TargetFilter... filters) {
      return targetFilters(List.of(filters));
    }

    /** The filter groups, in priority order: the first group that matches anything wins. */
    public Builder targetFilters(List<TargetFilter> filters) {
      this.filters = filters;
      return this;
    }

    /** Unseen relationships are never deleted: for sources that return only what changed. */
    public Builder partial() {
      this.partial = true;
      return this;
    }

    /** Link only to existing nodes: when nothing matches, no placeholder is made. */
    public Builder skipTargetCreation() {
      this.skipTargetCreation = true;
      return this;
    }

    public MappedRelationshipType build() {
      return new MappedRelationshipType(
          type,
          relClass,
          sourceType,
          targetType,
          targetClasses,
          direction,
          filters,
          partial,
          skipTargetCreation);
    }
  }
}
