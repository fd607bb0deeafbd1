package dev.graphwright.api.graph;

/**
 * A declared direct relationship type.
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

  public static RelationshipType of(
      String type, String relClass, String sourceType, String targetType) {
    return new RelationshipType(type, relClass, sourceType, targetType, false);
  }

  /** The same type, flagged partial. */
  public RelationshipType asPartial() {
    return new RelationshipType(type, relClass, sourceType, targetType, true);
  }
}
