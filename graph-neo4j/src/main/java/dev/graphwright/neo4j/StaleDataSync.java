package dev.graphwright.neo4j;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what an integration instance's run did not write, for the types it may delete: those
 * declared by steps that succeeded and not flagged partial. Relationships go first, then nodes (a
 * stale node's relationships in their own batches, so a dense node never needs one huge
 * transaction), then the instance's placeholders that nothing refers to any more. Everything is
 * scoped to the instance: another instance's data is never touched.
 */
public final class StaleDataSync {

  /** A type the sync may clean, and whether it is an entity or a relationship type. */
  public record SyncType(String type, boolean entity, String relClass) {}

  private static final Logger log = LoggerFactory.getLogger(StaleDataSync.class);
  private static final int BATCH = 10_000;

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;

  public StaleDataSync(Neo4jGraph graph, GraphSchema schema, WriteScope scope) {
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
  }

  /**
   * Deletes stale objects of {@code types}.
   *
   * @return deleted objects per {@code _type} (plus {@code placeholders})
   */
  public Map<String, Long> sync(Collection<SyncType> types) {
    var deleted = new TreeMap<String, Long>();
    for (var type : types) {
      if (!type.entity()) {
        schema.ensureRelationshipIndex(type.relClass());
      }
    }
    schema.awaitIndexes();
    for (var type : types) {
      if (!type.entity()) {
        put(deleted, type.type(), deleteRelationships(type));
      }
    }
    for (var type : types) {
      if (type.entity()) {
        put(deleted, type.type(), deleteEntities(type.type()));
      }
    }
    put(deleted, "placeholders", deleteUnreferencedPlaceholders());
    if (!deleted.isEmpty()) {
      log.info("Stale data deleted: {}", deleted);
    }
    return deleted;
  }

  private long deleteRelationships(SyncType type) {
    return run(
        "MATCH ()-[r:" + Cypher.relationshipType(type.relClass()) + "]->()"
            + " WHERE r._instanceId = $instanceId AND r._type = $type AND r._runId <> $runId"
            + " CALL (r) { DELETE r } IN TRANSACTIONS OF " + BATCH + " ROWS"
            + " RETURN count(*) AS deleted",
        Map.of("type", type.type()));
  }

  private long deleteEntities(String type) {
    var label = Cypher.label(type);
    run(
        "MATCH (n:" + label + ") WHERE n._instanceId = $instanceId AND n._runId <> $runId"
            + " MATCH (n)-[r]-()"
            + " CALL (r) { DELETE r } IN TRANSACTIONS OF " + BATCH + " ROWS"
            + " RETURN count(*) AS deleted",
        Map.of());
    return run(
        "MATCH (n:" + label + ") WHERE n._instanceId = $instanceId AND n._runId <> $runId"
            + " AND n:`Entity`"
            + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF " + BATCH + " ROWS"
            + " RETURN count(*) AS deleted",
        Map.of());
  }

  private long deleteUnreferencedPlaceholders() {
    return run(
        "MATCH (p:`Placeholder`) WHERE p._instanceId = $instanceId AND NOT (p)--()"
            + " CALL (p) { DELETE p } IN TRANSACTIONS OF " + BATCH + " ROWS"
            + " RETURN count(*) AS deleted",
        Map.of());
  }

  private long run(String query, Map<String, Object> extra) {
    var parameters = new java.util.HashMap<String, Object>(extra);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    return graph.autoCommit(query, parameters, (Result r) -> r.single().get("deleted").asLong());
  }

  private static void put(Map<String, Long> deleted, String type, long n) {
    if (n > 0) {
      deleted.merge(type, n, Long::sum);
    }
  }
}
