package dev.graphwright.api.graph;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A direct relationship between two entities of the same integration instance.
 *
 * @param key unique within the instance; {@link #between} derives {@code from|class|to}
 * @param type the relationship {@code _type}
 * @param relClass the relationship {@code _class}, which becomes the Neo4j relationship type
 * @param fromKey the source entity's {@code _key}
 * @param toKey the target entity's {@code _key}
 * @param properties flat properties
 */
public record Relationship(
    String key,
    String type,
    String relClass,
    String fromKey,
    String toKey,
    Map<String, Object> properties) {

  public Relationship {
    Objects.requireNonNull(key, "key == null");
    Names.checkType(type);
    Names.checkRelationshipClass(relClass);
    Objects.requireNonNull(fromKey, "fromKey == null");
    Objects.requireNonNull(toKey, "toKey == null");
    properties = Properties.copyOf(properties);
  }

  /** A relationship keyed the JupiterOne way: {@code <from>|<class lower>|<to>}. */
  public static Relationship between(String type, String relClass, String fromKey, String toKey) {
    return new Relationship(
        keyOf(fromKey, relClass, toKey), type, relClass, fromKey, toKey, Map.of());
  }

  /** The JupiterOne-style key of a relationship: {@code <from>|<class lower>|<to>}. */
  public static String keyOf(String fromKey, String relClass, String toKey) {
    return fromKey + "|" + relClass.toLowerCase(Locale.ROOT) + "|" + toKey;
  }
}
