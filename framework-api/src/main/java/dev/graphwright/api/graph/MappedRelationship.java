package dev.graphwright.api.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relationship from an entity of this instance to a target found by properties rather than by
 * key: the host resolves it after the steps ran.
 *
 * <p>Resolution: the {@code targetFilters} are tried in order; the source is linked to every
 * integration-owned node matched by the first group that matches anything (groups whose values are
 * missing from {@code targetEntity} are skipped). When nothing matches and {@code
 * skipTargetCreation} is false, a placeholder is created from {@code targetEntity}, which must then
 * hold {@code _key}, {@code _type} and {@code _class}. Placeholders belong to the host's mapper:
 * they are adopted when an integration writes an entity with the same {@code _type} and {@code
 * _key}, and re-checked on every run so that a matching entity written later takes their place.
 *
 * <p>The relationship's {@code _key} is {@code <sourceKey>|<class lower>|<target _key>}.
 *
 * @param type the relationship {@code _type}
 * @param relClass the relationship {@code _class}
 * @param direction whether the relationship points from the source or to it
 * @param sourceKey the source entity's key, or null when {@code sourceSelector} is set
 * @param sourceSelector selects many sources at once (all entities with a property value)
 * @param targetFilters the AND-groups, in priority order
 * @param targetEntity the values compared by the filters, plus the placeholder's properties
 * @param skipTargetCreation when true, nothing is created if nothing matches
 * @param properties properties of the relationship itself
 */
public record MappedRelationship(
    String type,
    String relClass,
    Direction direction,
    @Nullable String sourceKey,
    @Nullable EntitySelector sourceSelector,
    List<TargetFilter> targetFilters,
    Map<String, Object> targetEntity,
    boolean skipTargetCreation,
    Map<String, Object> properties) {

  /** Target entity property holding the placeholder key. */
  public static final String KEY = "_key";

  /** Target entity property holding the placeholder type. */
  public static final String TYPE = "_type";

  /** Target entity property holding the placeholder classes (a string or a list). */
  public static final String CLASS = "_class";

  public MappedRelationship {
    Names.checkType(type);
    Names.checkRelationshipClass(relClass);
    Objects.requireNonNull(direction, "direction == null");
    if ((sourceKey == null) == (sourceSelector == null)) {
      throw new IllegalArgumentException("give exactly one of sourceKey and sourceSelector");
    }
    if (targetFilters.isEmpty()) {
      throw new IllegalArgumentException("mapped relationship " + type + " has no target filter");
    }
    targetFilters = List.copyOf(targetFilters);
    targetEntity = Properties.copyOf(targetEntity);
    properties = Properties.copyOf(properties);
    if (!skipTargetCreation) {
      for (var required : List.of(KEY, TYPE, CLASS)) {
        if (!targetEntity.containsKey(required)) {
          throw new IllegalArgumentException(
              "mapped relationship " + type + " may create its target but sets no " + required);
        }
      }
      Names.checkType((String) Objects.requireNonNull(targetEntity.get(TYPE)));
      targetClasses(targetEntity).forEach(Names::checkClass);
    }
  }

  /** The {@code _class} values of a target entity map (a string or a list of strings). */
  public static List<String> targetClasses(Map<String, Object> targetEntity) {
    return switch (targetEntity.get(CLASS)) {
      case null -> List.of();
      case String single -> List.of(single);
      case List<?> many -> many.stream().map(String::valueOf).toList();
      default -> throw new IllegalArgumentException("_class must be a string or a list");
    };
  }

  /**
   * Builds a {@link MappedRelationship} of a declared type: start it with {@link
   * MappedRelationshipType#from} or {@link MappedRelationshipType#fromAll}.
   */
  public static final class Builder {
    private final MappedRelationshipType declared;
    private final @Nullable String sourceKey;
    private final @Nullable EntitySelector selector;
    private Map<String, Object> target = Map.of();
    private Map<String, Object> properties = Map.of();

    Builder(
        MappedRelationshipType declared,
        @Nullable String sourceKey,
        @Nullable EntitySelector selector) {
      this.declared = declared;
      this.sourceKey = sourceKey;
      this.selector = selector;
    }

    /**
     * The values the target filters compare, plus the placeholder's properties. Unless the type
     * skips target creation, {@code _key} is required; {@code _type} and {@code _class} default to
     * the declared placeholder's.
     */
    public Builder targetEntity(Map<String, ?> target) {
      this.target = Properties.copyOf(target);
      return this;
    }

    /** Properties of the relationship itself. */
    public Builder properties(Map<String, ?> properties) {
      this.properties = Properties.copyOf(properties);
      return this;
    }

    public MappedRelationship build() {
      var entity = target;
      if (!declared.skipTargetCreation()
          && (!entity.containsKey(TYPE) || !entity.containsKey(CLASS))) {
        var filled = new java.util.LinkedHashMap<String, Object>(entity);
        filled.putIfAbsent(TYPE, declared.targetType());
        if (!declared.targetClasses().isEmpty()) {
          filled.putIfAbsent(
              CLASS,
              declared.targetClasses().size() == 1
                  ? declared.targetClasses().getFirst()
                  : declared.targetClasses());
        }
        entity = filled;
      }
      return new MappedRelationship(
          declared.type(),
          declared.relClass(),
          declared.direction(),
          sourceKey,
          selector,
          declared.targetFilters(),
          entity,
          declared.skipTargetCreation(),
          properties);
    }
  }
}
