package dev.graphwright.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/**
 * The mapped relationships of one {@code _type} from one source entity, and where they led: an
 * integration-owned node, or a placeholder the mapper made because nothing matched.
 */
public final class MappedLinks {

  /**
   * One target.
   *
   * @param key its {@code _key}
   * @param type its {@code _type}
   * @param instanceId the instance that owns it (for a placeholder, the instance that made it)
   * @param placeholder whether the mapper made it
   * @param properties its properties
   */
  public record Target(
      String key,
      String type,
      String instanceId,
      boolean placeholder,
      Map<String, Object> properties) {}

  private final String relationshipType;
  private final String sourceKey;
  private final List<Target> targets;

  MappedLinks(GraphView graph, String relationshipType, String sourceKey) {
    this.relationshipType = relationshipType;
    this.sourceKey = sourceKey;
    this.targets = graph
        .rows(
            "MATCH (s {_instanceId: $instance, _key: $key})-[r]-(t)"
                + " WHERE r._instanceId = $instance AND r._type = $type"
                + " RETURN t._key AS key, t._type AS type, t._instanceId AS owner,"
                + " 'Placeholder' IN labels(t) AS placeholder, properties(t) AS props"
                + " ORDER BY key",
            Map.of("key", sourceKey, "type", relationshipType))
        .stream()
        .map(MappedLinks::target)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Target target(Map<String, Object> row) {
    return new Target(
        (String) row.get("key"),
        (String) row.get("type"),
        (String) row.get("owner"),
        (Boolean) row.get("placeholder"),
        (Map<String, Object>) row.get("props"));
  }

  public List<Target> targets() {
    return targets;
  }

  /** Asserts the source links to exactly this owned node (of any instance), and to nothing else. */
  public MappedLinks resolvesTo(String ownedKey) {
    assertEquals(1, targets.size(), describe() + " should resolve to one node, found " + targets);
    var target = targets.getFirst();
    assertEquals(ownedKey, target.key(), describe() + " resolved elsewhere");
    assertFalse(target.placeholder(), describe() + " reached a placeholder, not an owned node");
    return this;
  }

  /**
   * Asserts the source links to one placeholder with this key, holding at least these property
   * values.
   */
  public MappedLinks resolvesToPlaceholder(String placeholderKey, Map<String, ?> properties) {
    assertEquals(1, targets.size(), describe() + " should reach one placeholder, found " + targets);
    var target = targets.getFirst();
    assertTrue(target.placeholder(), describe() + " reached an owned node, not a placeholder");
    assertEquals(placeholderKey, target.key(), describe() + " reached another placeholder");
    properties.forEach((name, value) -> assertEquals(
        value, target.properties().get(name), describe() + ": placeholder property " + name));
    return this;
  }

  /** Asserts the source has no relationship of this type (nothing matched, nothing was made). */
  public MappedLinks isUnresolved() {
    assertEquals(List.of(), targets, describe() + " should have no target");
    return this;
  }

  private String describe() {
    return relationshipType + " from '" + sourceKey + "'";
  }
}
