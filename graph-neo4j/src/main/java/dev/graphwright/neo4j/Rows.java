package dev.graphwright.neo4j;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns graph objects into the writer's {@link Row}s, and reads the {@code props} of the map rows
 * that the updates and the mapper send.
 */
public final class Rows {

  private Rows() {}

  /** The row of an entity; its props hold the system properties too. */
  static Row.EntityRow entity(Entity entity, WriteScope scope) {
    long hash = ContentHash.of(entity.type(), entity.classes(), entity.properties());
    var props = new HashMap<String, Object>(entity.properties().size() + 6);
    props.putAll(entity.properties());
    props.put("_key", entity.key());
    props.put("_type", entity.type());
    props.put("_class", entity.classes());
    props.put("_instanceId", scope.instanceId());
    props.put("_hash", hash);
    var labels = new ArrayList<String>(entity.classes().size() + 1);
    labels.addAll(entity.classes());
    labels.add(entity.type());
    var raw = entity.raw();
    return new Row.EntityRow(entity.key(), labels, hash, raw == null ? null : raw.encode(), props);
  }

  /** The property names of a batch's rows, over all their {@code props} maps. */
  public static SortedSet<String> propertyNames(List<Map<String, Object>> rows) {
    var names = new TreeSet<String>();
    for (var row : rows) {
      names.addAll(props(row).keySet());
    }
    return names;
  }

  /** A row's {@code props} map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> props(Map<String, Object> row) {
    return (Map<String, Object>) Objects.requireNonNull(row.get("props"), "a row has props");
  }

  /**
   * The row of a relationship. A relationship stores only its key, type, instance and
   * run besides its own properties: its class is its Neo4j type, and its content hash stays in
   * the row (compared, never stored) unless it has properties worth skipping a write for.
   */
  static Row.RelationshipRow relationship(Relationship relationship, WriteScope scope) {
    long hash = ContentHash.of(
        relationship.type(),
        List.of(relationship.relClass(), relationship.fromKey(), relationship.toKey()),
        relationship.properties());
    var props = new HashMap<String, Object>(relationship.properties().size() + 5);
    props.putAll(relationship.properties());
    props.put("_key", relationship.key());
    props.put("_type", relationship.type());
    props.put("_instanceId", scope.instanceId());
    if (!relationship.properties().isEmpty()) {
      props.put("_hash", hash);
    }
    return new Row.RelationshipRow(
        relationship.key(),
        relationship.fromKey(),
        relationship.toKey(),
        relationship.properties().isEmpty() ? null : hash,
        props);
  }
}
