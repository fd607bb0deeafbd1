package dev.graphwright.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what an integration instance's run did not write, for the types it may delete: those
 * declared by steps that succeeded and not flagged partial. Relationships go first, then nodes (a
 * stale node's relationships in their own batches, so a dense node never needs one huge
 * transaction), then the instance's placeholders that nothing refers to any more. Everything is
 * scoped to the instance: another instance's data is never touched.
 *
 * <p><b>Deletion guard</b>: a type of which the run would delete more than {@code maxDeleteShare}
 * of the instance's objects, when the instance has at least {@link #GUARDED_MINIMUM} of them, is
 * not cleaned at all: such a loss is far likelier an outage, a narrowed token or config, or an
 * empty answer than real deletions. The refusal is reported; a run with a share of 1 allows it.
 */
public final class StaleDataSync {

  /** A type the sync may clean, and whether it is an entity or a relationship type. */
  public record SyncType(String type, boolean entity, String relClass) {}

  /**
   * A type the guard kept whole.
   *
   * @param type the {@code _type}
   * @param wouldDelete how many objects the run would have deleted
   * @param existing how many the instance holds
   */
  public record DeletionRefusal(String type, long wouldDelete, long existing) {}

  /**
   * What the sync did.
   *
   * @param deleted deleted objects per {@code _type} (plus {@code placeholders})
   * @param refused the types the deletion guard kept whole
   */
  public record Result(Map<String, Long> deleted, List<DeletionRefusal> refused) {}

  /** Types with fewer objects than this are never guarded: small numbers swing by nature. */
  public static final long GUARDED_MINIMUM = 100;

  private static final Logger log = LoggerFactory.getLogger(StaleDataSync.class);
  private static final int BATCH = 10_000;

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;

  private final double maxDeleteShare;

  /**
   * @param maxDeleteShare the largest share of a type's objects a run may delete (0 to 1; 1 allows
   *     everything)
   */
  public StaleDataSync(
      Neo4jGraph graph, GraphSchema schema, WriteScope scope, double maxDeleteShare) {
    if (!(maxDeleteShare >= 0 && maxDeleteShare <= 1)) {
      throw new IllegalArgumentException(
          "maxDeleteShare must lie in [0, 1], got " + maxDeleteShare);
    }
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
    this.maxDeleteShare = maxDeleteShare;
  }

  /** Deletes stale objects of {@code types}, except those the guard keeps. */
  public Result sync(Collection<SyncType> types) {
    var deleted = new TreeMap<String, Long>();
    var refused = new ArrayList<DeletionRefusal>();
    for (var type : types) {
      if (!type.entity()) {
        schema.ensureRelationshipIndex(type.relClass());
      }
    }
    schema.awaitNewIndexes();
    for (var type : types) {
      if (!type.entity() && allowed(type, refused)) {
        put(deleted, type.type(), deleteRelationships(type));
      }
    }
    for (var type : types) {
      if (type.entity() && allowed(type, refused)) {
        put(deleted, type.type(), deleteEntities(type.type()));
      }
    }
    put(deleted, "placeholders", deleteUnreferencedPlaceholders());
    if (!deleted.isEmpty()) {
      log.info("Stale data deleted: {}", deleted);
    }
    refused.forEach(r -> log.warn(
        "Deletion refused: {} of {} {} would go (over the {} allowed)",
        r.wouldDelete(),
        r.existing(),
        r.type(),
        maxDeleteShare));
    return new Result(deleted, List.copyOf(refused));
  }

  private boolean allowed(SyncType type, List<DeletionRefusal> refused) {
    if (maxDeleteShare >= 1) {
      return true;
    }
    var counts = type.entity() ? countEntities(type.type()) : countRelationships(type);
    long existing = counts[0];
    long stale = counts[1];
    if (existing >= GUARDED_MINIMUM && stale > maxDeleteShare * existing) {
      refused.add(new DeletionRefusal(type.type(), stale, existing));
      return false;
    }
    return true;
  }

  private long[] countEntities(String type) {
    return counts(
        "MATCH (n:" + Cypher.label(type) + ") WHERE n._instanceId = $instanceId AND n:`Entity`"
            + " RETURN count(n) AS existing,"
            + " sum(CASE WHEN n._runId <> $runId THEN 1 ELSE 0 END) AS stale",
        Map.of());
  }

  private long[] countRelationships(SyncType type) {
    return counts(
        "MATCH ()-[r:" + Cypher.relationshipType(type.relClass()) + "]->()"
            + " WHERE r._instanceId = $instanceId AND r._type = $type"
            + " RETURN count(r) AS existing,"
            + " sum(CASE WHEN r._runId <> $runId THEN 1 ELSE 0 END) AS stale",
        Map.of("type", type.type()));
  }

  private long[] counts(String query, Map<String, Object> extra) {
    var parameters = new java.util.HashMap<String, Object>(extra);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    return graph.read(query, parameters, r -> {
      var row = r.single();
      return new long[] {row.get("existing").asLong(), row.get("stale").asLong()};
    });
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
    return graph.autoCommit(
        query,
        parameters,
        (org.neo4j.driver.Result r) -> r.single().get("deleted").asLong());
  }

  private static void put(Map<String, Long> deleted, String type, long n) {
    if (n > 0) {
      deleted.merge(type, n, Long::sum);
    }
  }
}
