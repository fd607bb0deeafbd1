package dev.graphwright.host.cli;

import dev.graphwright.neo4j.Neo4jGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything about one instance that a run could change, down to every property: its nodes (labels
 * and properties), every relationship touching them (type, both ends' keys, properties), as a
 * multiset; plus the whole graph's node and relationship counts, so that leftovers anywhere show.
 */
record GraphFingerprint(
    List<String> nodes, List<String> relationships, long allNodes, long allRelationships) {

  static GraphFingerprint of(Neo4jGraph graph, String instance) {
    var params = Map.<String, Object>of("i", instance);
    var nodes = graph.read(
        "MATCH (n) WHERE n._instanceId = $i" + " RETURN labels(n) AS l, properties(n) AS p",
        params,
        r -> r.list(
            x -> x.get("l").asList().toString() + new TreeMap<>(x.get("p").asMap())));
    var relationships = graph.read(
        "MATCH (a)-[r]-(b) WHERE a._instanceId = $i"
            + " RETURN type(r) AS t, startNode(r)._key AS s, endNode(r)._key AS e, properties(r) AS p",
        params,
        r -> r.list(x -> x.get("t").asString() + "|" + x.get("s") + "|" + x.get("e") + "|"
            + new TreeMap<>(x.get("p").asMap())));
    long allNodes = graph.read(
        "MATCH (n) RETURN count(n) AS n", Map.of(), r -> r.single().get("n").asLong());
    long allRelationships = graph.read(
        "MATCH ()-[r]->() RETURN count(r) AS n",
        Map.of(),
        r -> r.single().get("n").asLong());
    var sortedNodes = new ArrayList<>(nodes);
    sortedNodes.sort(null);
    var sortedRelationships = new ArrayList<>(relationships);
    sortedRelationships.sort(null);
    return new GraphFingerprint(sortedNodes, sortedRelationships, allNodes, allRelationships);
  }
}
