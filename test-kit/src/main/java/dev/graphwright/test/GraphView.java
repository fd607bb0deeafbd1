package dev.graphwright.test;

import dev.graphwright.neo4j.Neo4jGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Read-only queries on one instance's graph, for assertions. In every query {@code $instance} is
 * bound to the instance id, so a query reads {@code MATCH (n:acme_user {_instanceId: $instance})}.
 */
public final class GraphView {

  private final Neo4jGraph graph;
  private final String instanceId;

  GraphView(Neo4jGraph graph, String instanceId) {
    this.graph = graph;
    this.instanceId = instanceId;
  }

  public String instanceId() {
    return instanceId;
  }

  /** A query returning one number. */
  public long count(String cypher) {
    return count(cypher, Map.of());
  }

  /** A query returning one number, with parameters besides {@code $instance}. */
  public long count(String cypher, Map<String, ?> parameters) {
    return graph.read(cypher, parameters(parameters), r -> r.single().get(0).asLong());
  }

  /** A query's rows, each as a map of its columns (nodes and relationships as property maps). */
  public List<Map<String, Object>> rows(String cypher) {
    return rows(cypher, Map.of());
  }

  public List<Map<String, Object>> rows(String cypher, Map<String, ?> parameters) {
    return graph.read(
        cypher, parameters(parameters), r -> r.list(record -> Values.plain(record.asMap())));
  }

  /** A query's first column, in the query's order. */
  public List<Object> column(String cypher) {
    return graph.read(
        cypher,
        parameters(Map.of()),
        r -> r.list(record -> Values.plain(record.get(0).asObject())));
  }

  /** A query's first column as text, in the query's order. */
  public List<String> strings(String cypher) {
    return strings(cypher, Map.of());
  }

  public List<String> strings(String cypher, Map<String, ?> parameters) {
    return graph.read(
        cypher, parameters(parameters), r -> r.list(record -> record.get(0).asString(null)));
  }

  /** A query of (text, number) rows as a sorted map, e.g. counts per severity. */
  public Map<String, Long> countsBy(String cypher) {
    return countsBy(cypher, Map.of());
  }

  public Map<String, Long> countsBy(String cypher, Map<String, ?> parameters) {
    return graph.read(cypher, parameters(parameters), r -> {
      var counts = new TreeMap<String, Long>();
      r.forEachRemaining(x -> counts.put(x.get(0).asString(), x.get(1).asLong()));
      return counts;
    });
  }

  /** The properties of the node of this instance with this {@code _key}. */
  public Optional<Map<String, Object>> node(String key) {
    var rows = rows(
        "MATCH (n {_instanceId: $instance, _key: $key}) RETURN properties(n) AS p, labels(n) AS l",
        Map.of("key", key));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    var properties =
        new TreeMap<String, Object>((Map<String, Object>) rows.getFirst().get("p"));
    properties.put("__labels", rows.getFirst().get("l"));
    return Optional.of(properties);
  }

  /** Entities of one {@code _type} in this instance, owned or placeholder. */
  public long entities(String type) {
    return count(
        "MATCH (n {_instanceId: $instance}) WHERE n._type = $type RETURN count(n)",
        Map.of("type", type));
  }

  /** Relationships of one {@code _type} in this instance. */
  public long relationships(String type) {
    return count(
        "MATCH ()-[r]->() WHERE r._instanceId = $instance AND r._type = $type RETURN count(r)",
        Map.of("type", type));
  }

  /** Entities and relationships per {@code _type} (entities and placeholders under their types). */
  public Map<String, Long> countsByType() {
    var counts = new TreeMap<String, Long>();
    for (var row : rows("MATCH (n {_instanceId: $instance}) RETURN n._type AS t, count(*) AS c"
        + " UNION ALL MATCH ()-[r]->() WHERE r._instanceId = $instance"
        + " RETURN r._type AS t, count(*) AS c")) {
      counts.merge(String.valueOf(row.get("t")), ((Number) row.get("c")).longValue(), Long::sum);
    }
    return counts;
  }

  /** The mapped relationships of one {@code _type} that start at this source entity. */
  public MappedLinks mapped(String relationshipType, String sourceKey) {
    return new MappedLinks(this, relationshipType, sourceKey);
  }

  /** Every node and relationship of the instance, for comparing two states of the graph. */
  public GraphSnapshot snapshot() {
    return GraphSnapshot.of(this);
  }

  private Map<String, Object> parameters(Map<String, ?> extra) {
    var all = new HashMap<String, Object>(extra);
    all.put("instance", instanceId);
    return all;
  }

  /** Turns driver values into plain Java values. */
  static final class Values {
    private Values() {}

    static Map<String, Object> plain(Map<String, Object> map) {
      var copy = new TreeMap<String, Object>();
      map.forEach((k, v) -> copy.put(k, plain(v)));
      return copy;
    }

    static Object plain(Object value) {
      return switch (value) {
        case org.neo4j.driver.types.Entity e -> plain(e.asMap());
        case Map<?, ?> m -> {
          var copy = new TreeMap<String, Object>();
          m.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
          yield copy;
        }
        case List<?> l -> {
          var copy = new ArrayList<Object>();
          l.forEach(v -> copy.add(plain(v)));
          yield copy;
        }
        case null -> null;
        default -> value;
      };
    }
  }
}
