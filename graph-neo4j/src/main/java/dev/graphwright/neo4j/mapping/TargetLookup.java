package dev.graphwright.neo4j.mapping;

import dev.graphwright.neo4j.Cypher;
import dev.graphwright.neo4j.Neo4jGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds integration-owned nodes matching one filter group for many targets at once: one {@code
 * UNWIND} query per group, answered from the group's index. Placeholders never match: a mapping
 * links either to entities some integration owns or to its own placeholder, so the outcome does not
 * depend on the order in which mappings are resolved.
 */
final class TargetLookup {

  /** A node a target resolved to. */
  record Target(String elementId, String key) {}

  private final Neo4jGraph graph;
  private final @Nullable String excludedInstance;

  /**
   * @param excludedInstance an instance whose nodes never match (a preview's real instance, which
   *     its scratch instance stands in for), or null
   */
  TargetLookup(Neo4jGraph graph, @Nullable String excludedInstance) {
    this.graph = graph;
    this.excludedInstance = excludedInstance;
  }

  /** Whether any integration-owned node carries {@code label} (placeholders do not count). */
  boolean anyOwned(String label) {
    return graph.read(
        "RETURN EXISTS { MATCH (t:" + Cypher.label(label) + ") WHERE t:`Entity` } AS any",
        Map.of(),
        result -> result.single().get("any").asBoolean());
  }

  /**
   * Matches each candidate's values against nodes labelled {@code label}.
   *
   * @param properties the group's property names
   * @param candidates index → values in property order
   * @return index → matched nodes, for the candidates that matched something
   */
  Map<Integer, List<Target>> match(
      String label, List<String> properties, Map<Integer, List<Object>> candidates) {
    var rows = new ArrayList<Map<String, Object>>(candidates.size());
    candidates.forEach((i, values) -> rows.add(Map.of("i", i, "values", values)));
    var matches = new HashMap<Integer, List<Target>>();
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", rows);
    parameters.put("excluded", excludedInstance);
    graph.read(query(label, properties), parameters, result -> {
      result.forEachRemaining(record -> matches
          .computeIfAbsent(record.get("i").asInt(), k -> new ArrayList<>())
          .add(new Target(record.get("id").asString(), record.get("key").asString())));
      return null;
    });
    return matches;
  }

  /**
   * The lookup statement of one filter group: its rows are {@code {i, values}}. A hint asks for a
   * seek of the group's index: planned while the graph was still small (the start of a first run),
   * Neo4j would otherwise scan the label or the whole index, which costs more with every node the
   * run adds. {@code $excluded} names an instance whose nodes never match (null: none).
   */
  static String query(String label, List<String> properties) {
    var conditions = new ArrayList<String>();
    for (int p = 0; p < properties.size(); p++) {
      conditions.add("t." + Cypher.property(properties.get(p)) + " = row.values[" + p + "]");
    }
    return "UNWIND $rows AS row MATCH (t:" + Cypher.label(label) + ")"
        + " USING INDEX SEEK " + Cypher.indexHint("t", label, properties) + " WHERE "
        + conditions.stream().collect(Collectors.joining(" AND "))
        + " AND t:`Entity` AND coalesce(t._instanceId <> $excluded, true)"
        + " RETURN row.i AS i, elementId(t) AS id, t._key AS key";
  }
}
