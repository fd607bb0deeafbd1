package dev.graphwright.api.graph;

import java.util.List;

/**
 * A declared entity type.
 *
 * @param type the {@code _type}
 * @param classes the {@code _class} values
 * @param description one line for the generated docs
 * @param partial when true, unseen entities of this type are never deleted (incremental sources)
 */
public record EntityType(String type, List<String> classes, String description, boolean partial) {

  public EntityType {
    Names.checkType(type);
    classes.forEach(Names::checkClass);
    classes = List.copyOf(classes);
  }

  public static EntityType of(String type, String entityClass, String description) {
    return new EntityType(type, List.of(entityClass), description, false);
  }

  /** The same type, flagged partial. */
  public EntityType asPartial() {
    return new EntityType(type, classes, description, true);
  }
}
