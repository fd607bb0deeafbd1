package dev.graphwright.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every node and relationship of an instance with its labels and properties, minus what names the
 * run that wrote it ({@code _runId}, {@code _rawRef}). Two snapshots are equal when the graph holds
 * the same data; {@link #differences} says how they differ. A snapshot is held in memory: it is
 * meant for the graphs tests make, not for a production account.
 *
 * @param nodes each node's labels and properties, by {@code _key}
 * @param relationships each relationship's type, ends and properties, by {@code _key}
 */
public record GraphSnapshot(
    Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> relationships) {

  /** Properties that name the run, not the data. */
  static final Set<String> RUN_PROPERTIES = Set.of("_runId", "_rawRef");

  static GraphSnapshot of(GraphView graph) {
    var nodes = new TreeMap<String, Map<String, Object>>();
    for (var row : graph.rows("MATCH (n {_instanceId: $instance})"
        + " RETURN n._key AS key, labels(n) AS labels, properties(n) AS props")) {
      nodes.put(String.valueOf(row.get("key")), state(row, true));
    }
    var relationships = new TreeMap<String, Map<String, Object>>();
    for (var row : graph.rows("MATCH (a)-[r]->(b) WHERE r._instanceId = $instance"
        + " RETURN r._key AS key, [type(r), a._key, b._key] AS labels,"
        + " properties(r) AS props")) {
      relationships.put(String.valueOf(row.get("key")), state(row, false));
    }
    return new GraphSnapshot(nodes, relationships);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> state(Map<String, Object> row, boolean sortLabels) {
    var state = new TreeMap<String, Object>((Map<String, Object>) row.get("props"));
    RUN_PROPERTIES.forEach(state::remove);
    // Node labels are a set; a relationship's "labels" are its type and its two ends, in order.
    var labels = new ArrayList<String>((List<String>) row.get("labels"));
    if (sortLabels) {
      labels.sort(null);
    }
    state.put("__labels", labels);
    return state;
  }

  /** Readable differences from another snapshot, at most {@code limit}; empty when equal. */
  public List<String> differences(GraphSnapshot other, int limit) {
    var out = new ArrayList<String>();
    diff("node", nodes, other.nodes, out, limit);
    diff("relationship", relationships, other.relationships, out, limit);
    return out;
  }

  private static void diff(
      String what,
      Map<String, Map<String, Object>> before,
      Map<String, Map<String, Object>> after,
      List<String> out,
      int limit) {
    for (var entry : before.entrySet()) {
      if (out.size() >= limit) {
        return;
      }
      var now = after.get(entry.getKey());
      if (now == null) {
        out.add(what + " '" + entry.getKey() + "' is gone");
      } else if (!now.equals(entry.getValue())) {
        out.add(what + " '" + entry.getKey() + "' changed: " + entry.getValue() + " -> " + now);
      }
    }
    for (var key : after.keySet()) {
      if (out.size() >= limit) {
        return;
      }
      if (!before.containsKey(key)) {
        out.add(what + " '" + key + "' is new");
      }
    }
  }
}
