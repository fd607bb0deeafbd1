package dev.graphwright.neo4j;

import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.Properties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Buffers {@code JobState.updateEntities} calls and applies them in batches, grouped by selector
 * type and property (they are part of the query text). A selector can match many entities, so the
 * query commits every few thousand rows ({@code CALL ... IN TRANSACTIONS}).
 */
final class EntityUpdates {

  private static final int BATCH = 500;

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;
  private final Map<String, List<Map<String, Object>>> pending = new LinkedHashMap<>();
  private final LongAdder updated = new LongAdder();

  EntityUpdates(Neo4jGraph graph, GraphSchema schema, WriteScope scope) {
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
  }

  void add(EntitySelector selector, Map<String, ?> properties) {
    var checked = Properties.copyOf(properties);
    for (var reserved : Properties.RESERVED) {
      if (checked.containsKey(reserved)) {
        throw new IllegalArgumentException("updateEntities cannot set " + reserved);
      }
    }
    var groupKey = selector.type() + "|" + selector.property();
    List<Map<String, Object>> full = null;
    synchronized (pending) {
      var rows = pending.computeIfAbsent(groupKey, k -> new ArrayList<>());
      rows.add(Map.of("value", selector.value(), "props", checked));
      if (rows.size() >= BATCH) {
        full = pending.remove(groupKey);
      }
    }
    if (full != null) {
      apply(groupKey, full);
    }
  }

  void flush() {
    Map<String, List<Map<String, Object>>> all;
    synchronized (pending) {
      all = new LinkedHashMap<>(pending);
      pending.clear();
    }
    all.forEach(this::apply);
  }

  long updated() {
    return updated.sum();
  }

  private void apply(String groupKey, List<Map<String, Object>> rows) {
    int bar = groupKey.indexOf('|');
    var type = groupKey.substring(0, bar);
    var property = groupKey.substring(bar + 1);
    // Property, instance and run in one index: the selector is answered without reading nodes.
    schema.ensureNodeIndex(type, List.of(property, "_instanceId", "_runId"));
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", rows);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    long count =
        graph.autoCommit(
            "UNWIND $rows AS row"
                + " MATCH (n:" + Cypher.label(type) + ") WHERE n." + Cypher.property(property)
                + " = row.value AND n._instanceId = $instanceId AND n._runId = $runId"
                + " CALL (n, row) { SET n += row.props } IN TRANSACTIONS OF 5000 ROWS"
                + " RETURN count(*) AS updated",
            parameters,
            result -> result.single().get("updated").asLong());
    updated.add(count);
  }
}
