package dev.graphwright.host.reliability;

import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.testing.TestGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * What one integration instance holds in the shared graph: its nodes as {@code _type|_key} and its
 * relationships as {@code _type|from key|to key} with their multiplicity. The instance id inside
 * keys (the account's) is replaced by {@code <instance>}, so two instances can be compared.
 *
 * @param nodes integration-owned entities and placeholders
 * @param relationships relationship → how many parallel copies exist
 */
record GraphSnapshot(Set<String> nodes, Map<String, Long> relationships) {

  static GraphSnapshot of(String instance) {
    return of(TestGraph.graph(), instance);
  }

  static GraphSnapshot of(Neo4jGraph graph, String instance) {
    var params = Map.<String, Object>of("i", instance);
    var nodes = new TreeSet<String>();
    graph.read(
        "MATCH (n) WHERE n._instanceId = $i AND (n:Entity OR n:Placeholder)"
            + " RETURN n._type AS type, n._key AS key",
        params,
        r -> {
          r.forEachRemaining(row -> nodes.add(
              row.get("type").asString() + "|" + normalize(row.get("key").asString(), instance)));
          return null;
        });
    var relationships = new TreeMap<String, Long>();
    graph.read(
        "MATCH (a)-[r]->(b) WHERE r._instanceId = $i"
            + " RETURN r._type AS type, a._key AS from, b._key AS to, count(*) AS copies",
        params,
        r -> {
          r.forEachRemaining(row -> relationships.merge(
              row.get("type").asString() + "|" + normalize(row.get("from").asString(""), instance)
                  + "|" + normalize(row.get("to").asString(""), instance),
              row.get("copies").asLong(),
              Long::sum));
          return null;
        });
    return new GraphSnapshot(nodes, relationships);
  }

  /** Nodes and relationships of this snapshot that {@code later} lacks. */
  List<String> missingIn(GraphSnapshot later) {
    var missing = new ArrayList<String>();
    nodes.stream().filter(n -> !later.nodes.contains(n)).forEach(n -> missing.add("node " + n));
    relationships.keySet().stream()
        .filter(r -> !later.relationships.containsKey(r))
        .forEach(r -> missing.add("relationship " + r));
    return missing;
  }

  /** Relationships present more than once between the same two nodes. */
  List<String> duplicateRelationships() {
    return relationships.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Node counts per {@code _type}. */
  Map<String, Long> nodeCounts() {
    var counts = new TreeMap<String, Long>();
    nodes.forEach(n -> counts.merge(n.substring(0, n.indexOf('|')), 1L, Long::sum));
    return counts;
  }

  /** Relationship counts per {@code _type}, copies included. */
  Map<String, Long> relationshipCounts() {
    var counts = new TreeMap<String, Long>();
    relationships.forEach(
        (r, copies) -> counts.merge(r.substring(0, r.indexOf('|')), copies, Long::sum));
    return counts;
  }

  /** {@code _key}s held by more than one node of the instance. */
  static List<String> duplicateKeys(Neo4jGraph graph, String instance) {
    return graph.read(
        "MATCH (n) WHERE n._instanceId = $i AND (n:Entity OR n:Placeholder)"
            + " WITH n._key AS key, count(*) AS copies WHERE copies > 1 RETURN key",
        Map.of("i", instance),
        r -> r.list(row -> row.get("key").asString()));
  }

  /**
   * Objects a complete Qualys run must not leave dangling, per rule: host findings not linked to
   * exactly one Host, findings that are no Vulnerability, placeholders nothing refers to, web-app
   * findings without their web app, and a run lock left behind.
   */
  static Map<String, Long> orphans(Neo4jGraph graph, String instance) {
    var params = Map.<String, Object>of("i", instance);
    var orphans = new HashMap<String, Long>();
    ToLongFunction<String> count =
        query -> graph.read(query, params, r -> r.single().get(0).asLong());
    orphans.put(
        "host finding without exactly one Host",
        count.applyAsLong(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) OPTIONAL MATCH (h:Host)-[:HAS]->(f)"
                + " WITH f, count(h) AS hosts WHERE hosts <> 1 RETURN count(f)"));
    orphans.put(
        "finding without a Vulnerability",
        count.applyAsLong(
            "MATCH (f:Finding {_instanceId: $i}) WHERE NOT (f)-[:IS]->(:Vulnerability) RETURN count(f)"));
    orphans.put(
        "placeholder without relationships",
        count.applyAsLong(
            "MATCH (p:Placeholder {_instanceId: $i}) WHERE NOT (p)--() RETURN count(p)"));
    orphans.put(
        "web-app finding without its web app",
        count.applyAsLong("MATCH (f:qualys_web_app_finding {_instanceId: $i})"
            + " WHERE NOT (f)<-[:HAS]-(:web_app {url: f.webAppUrl}) RETURN count(f)"));
    orphans.put(
        "run lock left behind",
        count.applyAsLong("MATCH (l:GraphwrightLock {instanceId: $i}) RETURN count(l)"));
    orphans.values().removeIf(n -> n == 0);
    return orphans;
  }

  private static String normalize(String key, String instance) {
    return key.replace(instance, "<instance>");
  }
}
