package dev.graphwright.api.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entity owned by the integration instance that writes it.
 *
 * @param key unique within the integration instance ({@code _key})
 * @param type the {@code _type}, lower snake case
 * @param classes the {@code _class} values, e.g. {@code [Finding]}; each becomes a node label
 * @param properties flat properties (see {@link Properties})
 * @param raw where the source record lies in the raw archive, when it was archived
 */
public record Entity(
    String key,
    String type,
    List<String> classes,
    Map<String, Object> properties,
    @Nullable RawRef raw) {

  public Entity {
    Objects.requireNonNull(key, "key == null");
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank _key for an entity of type " + type);
    }
    Names.checkType(type);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("entity '" + key + "' has no _class");
    }
    classes.forEach(Names::checkClass);
    classes = List.copyOf(classes);
    properties = Properties.copyOf(properties);
    for (var reserved : Properties.RESERVED) {
      if (properties.containsKey(reserved)) {
        throw new IllegalArgumentException(
            "entity '" + key + "' sets the reserved property " + reserved);
      }
    }
  }

  /** An entity without raw data. */
  public static Entity of(String key, String type, String entityClass, Map<String, ?> properties) {
    return new Entity(key, type, List.of(entityClass), Properties.copyOf(properties), null);
  }

  /** The same entity pointing at its source record. */
  public Entity withRaw(@Nullable RawRef rawRef) {
    return new Entity(key, type, classes, properties, rawRef);
  }
}
