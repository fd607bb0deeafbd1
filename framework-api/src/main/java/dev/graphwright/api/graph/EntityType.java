package dev.graphwright.api.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A declared entity type. Steps create their entities through it ({@link #entity}), so the {@code
 * _type} and {@code _class} are written exactly as declared.
 *
 * @param type the {@code _type}
 * @param classes the {@code _class} values
 * @param description one line for the generated docs
 * @param partial when true, unseen entities of this type are never deleted (incremental sources)
 * @param properties properties every entity of this type carries: the test kit's conformance check
 *     fails an entity without one of them, and the generated docs list them
 */
public record EntityType(
    String type,
    List<String> classes,
    String description,
    boolean partial,
    List<String> properties) {

  public EntityType {
    Names.checkType(type);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("entity type " + type + " has no _class");
    }
    classes.forEach(Names::checkClass);
    classes = List.copyOf(classes);
    Objects.requireNonNull(description, "description == null");
    properties.forEach(Names::checkProperty);
    properties = List.copyOf(properties);
  }

  /** A type without declared properties. */
  public EntityType(String type, List<String> classes, String description, boolean partial) {
    this(type, classes, description, partial, List.of());
  }

  /** A complete (not partial) type of one class. */
  public static EntityType of(String type, String entityClass, String description) {
    return new EntityType(type, List.of(entityClass), description, false, List.of());
  }

  /** Starts a declaration of a type with one or more classes. */
  public static Builder builder(String type) {
    return new Builder(type);
  }

  /** The same type, flagged partial. */
  public EntityType asPartial() {
    return new EntityType(type, classes, description, true, properties);
  }

  /** The same type, declaring that every entity carries these properties. */
  public EntityType withProperties(String... required) {
    return new EntityType(type, classes, description, partial, List.of(required));
  }

  /** An entity of this type, with this type's classes. */
  public Entity entity(String key, Map<String, ?> properties) {
    return entity(key, properties, null);
  }

  /** An entity of this type that points at its source record in the raw archive. */
  @SuppressWarnings("unchecked") // read only: the entity copies (and checks) the properties
  public Entity entity(String key, Map<String, ?> properties, @Nullable RawRef raw) {
    return new Entity(key, type, classes, (Map<String, Object>) properties, raw);
  }

  /** Selects the entities of this type, written by this run, whose property equals a value. */
  public EntitySelector where(String property, Object value) {
    return new EntitySelector(type, property, value);
  }

  /** Builds an {@link EntityType}. */
  public static final class Builder {
    private final String type;
    private List<String> classes = List.of();
    private String description = "";
    private boolean partial;
    private List<String> properties = List.of();

    private Builder(String type) {
      this.type = type;
    }

    public Builder classes(String... classes) {
      this.classes = List.of(classes);
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Unseen entities are never deleted: for sources that return only what changed. */
    public Builder partial() {
      this.partial = true;
      return this;
    }

    public Builder properties(String... properties) {
      this.properties = List.of(properties);
      return this;
    }

    public EntityType build() {
      return new EntityType(type, classes, description, partial, properties);
    }
  }
}
