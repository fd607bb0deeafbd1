package dev.graphwright.neo4j;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a preview's scratch instance: its relationships (one relationship type at a time,
 * through the relationship indexes), then its entities, placeholders and data sets, each in small
 * transactions, so that a scratch instance of any size goes without one large transaction.
 */
public final class ScratchInstance {

  private static final Logger log = LoggerFactory.getLogger(ScratchInstance.class);
  private static final int BATCH = 10_000;

  private ScratchInstance() {}

  /**
   * Deletes everything the instance owns.
   *
   * @param relClasses the relationship classes its run may have written (their indexes make the
   *     deletion proportional to the instance; any other relationship goes with its node)
   */
  public static long drop(Neo4jGraph graph, String instanceId, Collection<String> relClasses) {
    long deleted = 0;
    var parameters = Map.<String, Object>of("instanceId", instanceId);
    for (var relClass : new TreeSet<>(relClasses)) {
      deleted += count(
          graph,
          "MATCH ()-[r:" + Cypher.relationshipType(relClass) + "]->()"
              + " WHERE r._instanceId = $instanceId AND r._type IS NOT NULL"
              + " CALL (r) { DELETE r } IN TRANSACTIONS OF " + BATCH + " ROWS"
              + " RETURN count(*) AS n",
          parameters);
    }
    for (var label : new String[] {Cypher.ENTITY, Cypher.PLACEHOLDER}) {
      deleted += count(
          graph,
          "MATCH (n:" + Cypher.label(label) + ") WHERE n._instanceId = $instanceId"
              + " AND n._key IS NOT NULL"
              + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS"
              + " RETURN count(*) AS n",
          parameters);
    }
    count(
        graph,
        "MATCH (d:`GraphwrightDataSet`) WHERE d.instanceId = $instanceId AND d.name IS NOT NULL"
            + " CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 1000 ROWS RETURN count(*) AS n",
        parameters);
    log.info("Preview scratch instance '{}' dropped ({} objects)", instanceId, deleted);
    return deleted;
  }

  private static long count(Neo4jGraph graph, String query, Map<String, Object> parameters) {
    return Retry.onTransient(
        () -> graph.autoCommit(query, parameters, r -> r.single().get("n").asLong()));
  }
}
