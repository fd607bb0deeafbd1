package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.neo4j.Cypher;
import dev.graphwright.neo4j.Neo4jGraph;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the graph holds for an instance: entities per {@code _type}, relationships per
 * declared {@code _type} (through the relationship indexes, so the count never scans the graph),
 * and the instance's placeholders.
 */
final class GraphTotals {

  private GraphTotals() {}

  static RunRecord.Totals count(Neo4jGraph graph, String instanceId, Collection<Step> steps) {
    var entities = new TreeMap<String, Long>();
    graph.read(
        "MATCH (n:`Entity`) WHERE n._instanceId = $instanceId"
            + " RETURN n._type AS type, count(*) AS n",
        Map.of("instanceId", instanceId),
        r -> {
          r.forEachRemaining(
              x -> entities.put(x.get("type").asString("?"), x.get("n").asLong()));
          return null;
        });
    var relationships = new TreeMap<String, Long>();
    var relClasses = new TreeMap<String, String>();
    for (var step : steps) {
      step.spec().relationships().forEach(t -> relClasses.put(t.type(), t.relClass()));
      step.spec().mappedRelationships().forEach(t -> relClasses.put(t.type(), t.relClass()));
    }
    relClasses.forEach((type, relClass) -> {
      long n = graph.read(
          "MATCH ()-[r:" + Cypher.relationshipType(relClass) + "]->()"
              + " WHERE r._instanceId = $instanceId AND r._type = $type RETURN count(r) AS n",
          Map.of("instanceId", instanceId, "type", type),
          r -> r.single().get("n").asLong());
      if (n > 0) {
        relationships.put(type, n);
      }
    });
    var placeholders = new TreeMap<String, Long>();
    graph.read(
        "MATCH (p:`Placeholder`) WHERE p._instanceId = $instanceId"
            + " RETURN p._type AS type, count(*) AS n",
        Map.of("instanceId", instanceId),
        r -> {
          r.forEachRemaining(
              x -> placeholders.put(x.get("type").asString("?"), x.get("n").asLong()));
          return null;
        });
    return new RunRecord.Totals(entities, relationships, placeholders);
  }
}
