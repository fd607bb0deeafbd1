package dev.graphwright.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the constraints and indexes the framework relies on, once, before anything is written:
 * the composite uniqueness constraint that makes {@code MERGE} on {@code (_instanceId, _key)} an
 * index lookup, and indexes for every property a mapped relationship or selector filters on.
 */
public final class GraphSchema {

  private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

  private static final List<String> BASE =
      List.of(
          "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:`Entity`)"
              + " REQUIRE (n._instanceId, n._key) IS UNIQUE",
          "CREATE CONSTRAINT placeholder_key IF NOT EXISTS FOR (n:`Placeholder`)"
              + " REQUIRE (n._instanceId, n._key) IS UNIQUE",
          "CREATE INDEX entity_key_any_instance IF NOT EXISTS FOR (n:`Entity`) ON (n._key)",
          "CREATE INDEX placeholder_key_any_instance IF NOT EXISTS FOR (n:`Placeholder`)"
              + " ON (n._key)",
          "CREATE INDEX run_instance IF NOT EXISTS FOR (n:`GraphwrightRun`)"
              + " ON (n.instanceId, n.startedAt)",
          "CREATE CONSTRAINT run_id IF NOT EXISTS FOR (n:`GraphwrightRun`) REQUIRE n.runId IS UNIQUE",
          "CREATE INDEX dataset_chunk IF NOT EXISTS FOR (n:`GraphwrightDataSet`)"
              + " ON (n.instanceId, n.name)");

  private final Neo4jGraph graph;
  private final Set<String> ensured = ConcurrentHashMap.newKeySet();
  /** An index was created since the last wait: only then is there anything to wait for. */
  private volatile boolean populating;

  public GraphSchema(Neo4jGraph graph) {
    this.graph = graph;
  }

  /** Creates the base constraints and indexes; cheap when they exist. */
  public void installBase() {
    BASE.forEach(this::run);
    awaitNewIndexes();
  }

  /** Ensures an index on {@code label(properties...)}; created once per process. */
  // Synchronized: a second caller of the same index waits until it is online, not just requested.
  public synchronized void ensureNodeIndex(String label, List<String> properties) {
    var statement =
        "CREATE INDEX IF NOT EXISTS FOR (n"
            + ":"
            + Cypher.label(label)
            + ") ON ("
            + properties.stream().map(p -> "n." + Cypher.property(p)).collect(Collectors.joining(", "))
            + ")";
    if (ensured.add(statement)) {
      run(statement);
      // A query planned while the index populates would not use it, and its plan is cached.
      awaitNewIndexes();
    }
  }

  /** Ensures the index the stale-data sync uses to find this instance's relationships of a type. */
  public void ensureRelationshipIndex(String relClass) {
    var statement =
        "CREATE INDEX IF NOT EXISTS FOR ()-[r:"
            + Cypher.relationshipType(relClass)
            + "]-() ON (r._instanceId, r._type)";
    if (ensured.add(statement)) {
      run(statement);
    }
  }

  /** Waits until every index is online, so the next queries can use them. */
  public void awaitIndexes() {
    // Cleared first: an index created while this waits sets it again, for the next caller.
    populating = false;
    graph.autoCommit("CALL db.awaitIndexes(600)", Map.of(), Result::consume);
  }

  /** Waits like {@link #awaitIndexes} if this schema created an index since the last wait. */
  public void awaitNewIndexes() {
    if (populating) {
      awaitIndexes();
    }
  }

  private void run(String statement) {
    log.debug("Schema: {}", statement);
    var summary = graph.autoCommit(statement, Map.of(), Result::consume);
    if (summary.counters().indexesAdded() > 0 || summary.counters().constraintsAdded() > 0) {
      populating = true;
    }
  }
}
