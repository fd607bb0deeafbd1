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

/** Turns graph objects into the parameter rows of the writer's {@code UNWIND} queries. */
public final class Rows {

  private Rows() {}

  /** {@code {key, labels, hash, raw, props}}; props hold the system properties too. */
  static Map<String, Object> entity(Entity entity, WriteScope scope) {
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
    var row = new HashMap<String, Object>(8);
    row.put("key", entity.key());
    row.put("labels", labels);
    row.put("hash", hash);
    row.put("raw", entity.raw() == null ? null : entity.raw().encode());
    row.put("props", props);
    return row;
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
   * {@code {key, from, to, hash, props}}. A relationship stores only its key, type, instance and
   * run besides its own properties: its class is its Neo4j type, and its content hash stays in
   * the row (compared, never stored) unless it has properties worth skipping a write for.
   */
  static Map<String, Object> relationship(Relationship relationship, WriteScope scope) {
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
    var row = new HashMap<String, Object>(6);
    row.put("key", relationship.key());
    row.put("from", relationship.fromKey());
    row.put("to", relationship.toKey());
    row.put("hash", relationship.properties().isEmpty() ? null : hash);
    row.put("props", props);
    return row;
  }
}
