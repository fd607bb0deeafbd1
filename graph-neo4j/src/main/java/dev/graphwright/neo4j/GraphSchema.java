package dev.graphwright.neo4j;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the constraints and indexes the framework relies on, once, before anything is written:
 * the composite uniqueness constraint that makes {@code MERGE} on {@code (_instanceId, _key)} an
 * index lookup, and indexes for every property a mapped relationship or selector filters on.
 *
 * <p>The database's online indexes and constraints are read once (one statement); only those
 * missing are created. Every statement costs a fresh process tens of milliseconds to plan, and a
 * run asks for about twenty, which on a graph that has them all would only confirm they exist.
 */
public final class GraphSchema {

  private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

  /** The base schema: each statement by the name it gives its constraint or index. */
  private static final Map<String, String> BASE = orderedMap(
      "entity_key",
      "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:`Entity`)"
          + " REQUIRE (n._instanceId, n._key) IS UNIQUE",
      "placeholder_key",
      "CREATE CONSTRAINT placeholder_key IF NOT EXISTS FOR (n:`Placeholder`)"
          + " REQUIRE (n._instanceId, n._key) IS UNIQUE",
      "entity_key_any_instance",
      "CREATE INDEX entity_key_any_instance IF NOT EXISTS FOR (n:`Entity`) ON (n._key)",
      "placeholder_key_any_instance",
      "CREATE INDEX placeholder_key_any_instance IF NOT EXISTS FOR (n:`Placeholder`)"
          + " ON (n._key)",
      "run_instance",
      "CREATE INDEX run_instance IF NOT EXISTS FOR (n:`GraphwrightRun`)"
          + " ON (n.instanceId, n.startedAt)",
      "run_id",
      "CREATE CONSTRAINT run_id IF NOT EXISTS FOR (n:`GraphwrightRun`) REQUIRE n.runId IS UNIQUE",
      "dataset_chunk",
      "CREATE INDEX dataset_chunk IF NOT EXISTS FOR (n:`GraphwrightDataSet`)"
          + " ON (n.instanceId, n.name)");

  private final Neo4jGraph graph;
  private final Set<String> ensured = ConcurrentHashMap.newKeySet();
  /**
   * Names and signatures of the online indexes, read on first use. A uniqueness constraint's
   * backing index carries the constraint's name, so the base constraints are found here too.
   */
  private @Nullable Set<String> online;
  /** An index was created since the last wait: only then is there anything to wait for. */
  private volatile boolean populating;

  public GraphSchema(Neo4jGraph graph) {
    this.graph = graph;
  }

  /** Creates the base constraints and indexes; cheap when they exist. */
  public void installBase() {
    BASE.forEach((name, statement) -> {
      if (!online().contains(name)) {
        run(statement);
      }
    });
    awaitNewIndexes();
  }

  /** Ensures an index on {@code label(properties...)}; created once per process. */
  // Synchronized: a second caller of the same index waits until it is online, not just requested.
  public synchronized void ensureNodeIndex(String label, List<String> properties) {
    if (requestNodeIndex(label, properties)) {
      // A query planned while the index populates would not use it, and its plan is cached.
      awaitNewIndexes();
    }
  }

  /**
   * Requests an index on {@code label(properties...)} without waiting for it: for a caller that
   * requests several, then waits once with {@link #awaitNewIndexes()} before planning a query.
   *
   * @return whether the index was new
   */
  public synchronized boolean requestNodeIndex(String label, List<String> properties) {
    var statement = "CREATE INDEX IF NOT EXISTS FOR (n"
        + ":"
        + Cypher.label(label)
        + ") ON ("
        + properties.stream().map(p -> "n." + Cypher.property(p)).collect(Collectors.joining(", "))
        + ")";
    if (ensured.add(statement) && !online().contains(signature("NODE", label, properties))) {
      run(statement);
      return true;
    }
    return false;
  }

  /** Ensures the index the stale-data sync uses to find this instance's relationships of a type. */
  public void ensureRelationshipIndex(String relClass) {
    var statement = "CREATE INDEX IF NOT EXISTS FOR ()-[r:"
        + Cypher.relationshipType(relClass)
        + "]-() ON (r._instanceId, r._type)";
    if (ensured.add(statement)
        && !online()
            .contains(signature("RELATIONSHIP", relClass, List.of("_instanceId", "_type")))) {
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

  private synchronized Set<String> online() {
    if (online == null) {
      online = readOnline();
    }
    return online;
  }

  private Set<String> readOnline() {
    var found = new HashSet<String>();
    graph.autoCommit(
        "SHOW INDEXES YIELD name, entityType, labelsOrTypes, properties, state"
            + " WHERE state = 'ONLINE' RETURN name, entityType, labelsOrTypes, properties",
        Map.of(),
        result -> {
          result.forEachRemaining(r -> {
            found.add(r.get("name").asString());
            // Lookup indexes have neither labels nor properties.
            var labels = r.get("labelsOrTypes");
            var properties = r.get("properties");
            if (!labels.isNull() && labels.size() == 1 && !properties.isNull()) {
              found.add(signature(
                  r.get("entityType").asString(),
                  labels.get(0).asString(),
                  properties.asList(Value::asString)));
            }
          });
          return null;
        });
    return found;
  }

  /** How an index is recognised whatever its name: entity type, label or type, properties. */
  private static String signature(String entityType, String labelOrType, List<String> properties) {
    return entityType + ":" + labelOrType + "(" + String.join(",", properties) + ")";
  }

  private static Map<String, String> orderedMap(String... namesAndStatements) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < namesAndStatements.length; i += 2) {
      map.put(namesAndStatements[i], namesAndStatements[i + 1]);
    }
    return map;
  }

  private void run(String statement) {
    log.debug("Schema: {}", statement);
    var summary = graph.autoCommit(statement, Map.of(), Result::consume);
    if (summary.counters().indexesAdded() > 0 || summary.counters().constraintsAdded() > 0) {
      populating = true;
    }
  }
}
