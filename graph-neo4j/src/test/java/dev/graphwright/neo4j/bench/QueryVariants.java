package dev.graphwright.neo4j.bench;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.GraphWriter;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.WriterSettings;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Experiments: the cost of wide finding-like nodes through different write queries. */
public final class QueryVariants {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args.length > 0 ? args[0] : "20000");
    var dir = Files.createTempDirectory("variants");
    try (var db = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(dir));
        var g = Neo4jGraph.connect(db.boltUri(), EmbeddedNeo4j.USER, db.password(), null)) {
      new GraphSchema(g).installBase();
      g.autoCommit("CREATE CONSTRAINT v FOR (n:V) REQUIRE n.key IS UNIQUE", Map.of(), r -> r.consume());
      for (int round = 0; round < 2; round++) {
        String p = "r" + round + "-";
        time("raw MERGE SET += wide", n, () -> raw(g, p + "a", n, "UNWIND $rows AS row MERGE (n:V {key: row.key}) SET n += row.props"));
        time("raw MERGE Entity composite SET +=", n, () -> raw(g, p + "b", n, "UNWIND $rows AS row MERGE (n:Entity {_instanceId: 'x', _key: row.key}) SET n += row.props"));
        time("raw CREATE SET +=", n, () -> raw(g, p + "c", n, "UNWIND $rows AS row CREATE (n:V2) SET n.key = row.key, n += row.props"));
        time("writer 1 lane", n, () -> writer(g, p + "d", n, 1));
        time("writer 2 lanes", n, () -> writer(g, p + "e", n, 2));
        time("writer 2 lanes + hub rel (objects)", 2 * n, () -> writerWithRels(g, p + "f", n, 2));
        time("writer 1 lane + hub rel (objects)", 2 * n, () -> writerWithRels(g, p + "g", n, 1));
      }
    }
  }

  static void time(String what, int n, Runnable r) {
    long t = System.nanoTime();
    r.run();
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf("%-40s %8.0f rows/s%n", what, n / s);
  }

  static Map<String, Object> props(int i) {
    var m = new HashMap<String, Object>();
    m.put("id", "hostId:1" + i + "|port:443|protocol:tcp|qid:" + (i % 2000) + "|ssl:1|type:Confirmed");
    m.put("name", "QID " + (i % 2000)); m.put("displayName", "QID " + (i % 2000)); m.put("qid", (long) i % 2000);
    m.put("type", "Confirmed"); m.put("severity", "high"); m.put("numericSeverity", 8L); m.put("qualysSeverity", 4L);
    m.put("status", "Active"); m.put("open", true); m.put("numTimesFound", 12L); m.put("isIgnored", false); m.put("isDisabled", false);
    for (var t : List.of("firstFoundOn", "createdOn", "lastFoundOn", "updatedOn", "lastProcessedOn", "lastTestedOn", "lastUpdatedOn")) m.put(t, 1_760_000_000_000L + i);
    m.put("port", 443L); m.put("protocol", "tcp"); m.put("ssl", true); m.put("category", "system-scan");
    m.put("qualysHostId", Long.toString(100000 + i / 20)); m.put("qualysAssetId", Long.toString(500000 + i / 20));
    m.put("fqdn", "host-" + i / 20 + ".example.com"); m.put("ipAddress", "10.1.2." + (i % 250)); m.put("privateIpAddress", "10.1.2." + (i % 250));
    m.put("targets", List.of("10.1.2." + (i % 250), "host-" + i / 20 + ".example.com"));
    m.put("_type", "qualys_host_finding"); m.put("_class", List.of("Finding")); m.put("_instanceId", "x"); m.put("_hash", (long) i * 31);
    return m;
  }

  static void raw(Neo4jGraph g, String prefix, int n, String q) {
    for (int from = 0; from < n; from += 5000) {
      var rows = new ArrayList<Map<String, Object>>();
      for (int i = from; i < Math.min(n, from + 5000); i++) rows.add(Map.of("key", prefix + i, "props", props(i)));
      g.write(q, Map.of("rows", rows));
    }
  }

  static void writerWithRels(Neo4jGraph g, String prefix, int n, int lanes) {
    try (var w = new GraphWriter(g, new WriteScope("w" + prefix, "run-1"), WriterSettings.defaults().withThreads(lanes))) {
      w.add(new Entity("hub", "qualys_vulnerability_manager", List.of("Service"), Map.of(), null), "s");
      w.flush();
      for (int i = 0; i < n; i++) {
        var p = new HashMap<>(props(i));
        p.keySet().removeIf(k -> k.startsWith("_"));
        w.add(new Entity(prefix + i, "qualys_host_finding", List.of("Finding"), p, null), "s");
        w.add(dev.graphwright.api.graph.Relationship.between("vmdr_identified_finding", "IDENTIFIED", "hub", prefix + i), "s");
      }
      w.flush();
    }
  }

  static void writer(Neo4jGraph g, String prefix, int n, int lanes) {
    try (var w = new GraphWriter(g, new WriteScope("w" + prefix, "run-1"), WriterSettings.defaults().withThreads(lanes))) {
      for (int i = 0; i < n; i++) {
        var p = new HashMap<>(props(i));
        p.keySet().removeIf(k -> k.startsWith("_"));
        w.add(new Entity(prefix + i, "qualys_host_finding", List.of("Finding"), p, null), "s");
      }
      w.flush();
    }
  }
}
