package dev.graphwright.api.graph;

import java.util.Locale;
import java.util.Map;

/**
 * A declared direct relationship type. Steps create their relationships through it ({@link
 * #relate}), so the {@code _type} and {@code _class} are written exactly as declared.
 *
 * @param type the relationship {@code _type}
 * @param relClass the relationship {@code _class}
 * @param sourceType the source entity {@code _type}
 * @param targetType the target entity {@code _type}
 * @param partial when true, unseen relationships of this type are never deleted
 */
public record RelationshipType(
    String type, String relClass, String sourceType, String targetType, boolean partial) {

  public RelationshipType {
    Names.checkType(type);
    Names.checkRelationshipClass(relClass);
    Names.checkType(sourceType);
    Names.checkType(targetType);
  }

  /** A complete type with an explicit {@code _type}. */
  public static RelationshipType of(
      String type, String relClass, String sourceType, String targetType) {
    return new RelationshipType(type, relClass, sourceType, targetType, false);
  }

  /**
   * A complete type named the JupiterOne way, {@code <source>_<class lower>_<target>}: {@code
   * between(GROUP, "HAS", ITEM)} is {@code example_group_has_example_item}.
   */
  public static RelationshipType between(EntityType source, String relClass, EntityType target) {
    return of(
        source.type() + "_" + relClass.toLowerCase(Locale.ROOT) + "_" + target.type(),
        relClass,
        source.type(),
        target.type());
  }

  /** The same type, flagged partial. */
  public RelationshipType asPartial() {
    return new RelationshipType(type, relClass, sourceType, targetType, true);
  }

  /** A relationship of this type, keyed {@code <from>|<class lower>|<to>}. */
  public Relationship relate(String fromKey, String toKey) {
    return relate(fromKey, toKey, Map.of());
  }

  /** A relationship of this type with properties of its own. */
  public Relationship relate(String fromKey, String toKey, Map<String, ?> properties) {
    return new Relationship(
        Relationship.keyOf(fromKey, relClass, toKey),
        type,
        relClass,
        fromKey,
        toKey,
        Properties.copyOf(properties));
  }
}
