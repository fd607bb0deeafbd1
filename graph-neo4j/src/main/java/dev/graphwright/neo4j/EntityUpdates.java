package dev.graphwright.neo4j;

import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.Properties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Buffers {@code JobState.updateEntities} calls and applies them in batches, grouped by selector
 * type and property (they are part of the query text). A selector can match many entities, so the
 * query commits every few hundred rows ({@code CALL ... IN TRANSACTIONS}).
 */
final class EntityUpdates {

  /** Selector values per statement: each can match thousands of entities. */
  private static final int BATCH = 50;

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;
  private final Map<Group, List<Map<String, Object>>> pending = new LinkedHashMap<>();
  private final LongAdder updated = new LongAdder();

  /** Updates that share one statement: the selector's type and property, and the names set. */
  private record Group(String type, String property, Set<String> names) {}

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
    if (checked.containsKey(selector.property())) {
      throw new IllegalArgumentException(
          "updateEntities cannot change the selector's own property " + selector.property());
    }
    // The property names are part of the query (see applyOnce), so they are part of the group.
    var group = new Group(selector.type(), selector.property(), new TreeSet<>(checked.keySet()));
    List<Map<String, Object>> full = null;
    synchronized (pending) {
      var rows = pending.computeIfAbsent(group, k -> new ArrayList<>());
      rows.add(Map.of("value", selector.value(), "props", checked));
      if (rows.size() >= BATCH) {
        full = pending.remove(group);
      }
    }
    if (full != null) {
      apply(group, full);
    }
  }

  void flush() {
    Map<Group, List<Map<String, Object>>> all;
    synchronized (pending) {
      all = new LinkedHashMap<>(pending);
      pending.clear();
    }
    all.forEach(this::apply);
  }

  long updated() {
    return updated.sum();
  }

  /** Updates are idempotent: rows too big for the transaction memory are redone in halves. */
  private void apply(Group group, List<Map<String, Object>> rows) {
    try {
      applyOnce(group, rows);
    } catch (Neo4jException e) {
      if (!MemoryErrors.is(e) || rows.size() < 2) {
        throw e;
      }
      apply(group, rows.subList(0, rows.size() / 2));
      apply(group, rows.subList(rows.size() / 2, rows.size()));
    }
  }

  private void applyOnce(Group group, List<Map<String, Object>> rows) {
    if (group.names().isEmpty()) {
      return;
    }
    // Naming each property (not SET n += map) tells the planner the update cannot touch the
    // properties it selects by, so rows stream through without an Eager buffer of them all.
    var sets = Cypher.setEach("n", "row.props", group.names());
    // Property, instance and run in one index: the selector is answered without reading nodes.
    schema.ensureNodeIndex(group.type(), List.of(group.property(), "_instanceId", "_runId"));
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", rows);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    long count =
        graph.autoCommit(
            "UNWIND $rows AS row"
                + " MATCH (n:" + Cypher.label(group.type()) + ") WHERE n."
                + Cypher.property(group.property())
                + " = row.value AND n._instanceId = $instanceId AND n._runId = $runId"
                + " CALL (n, row) { SET " + sets + " } IN TRANSACTIONS OF 500 ROWS"
                + " RETURN count(*) AS updated",
            parameters,
            result -> result.single().get("updated").asLong());
    updated.add(count);
  }
}
