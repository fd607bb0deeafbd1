package dev.graphwright.neo4j.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.TargetFilter;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.WriterSettings;
import dev.graphwright.neo4j.session.GraphSession;
import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapper's rules, each on a real Neo4j. */
class MappingResolverTest {

  private static final List<TargetFilter> HOST_FILTERS = List.of(
      TargetFilter.byClass("Host", "publicIpAddress"),
      TargetFilter.byType("aws_instance", "_key"),
      TargetFilter.byClass("Host", "fqdn"));

  private final Neo4jGraph graph = TestGraph.graph();

  @TempDir
  Path spool;

  @Test
  void linksToTheOwnedHostWithTheSameIpAndCreatesNoPlaceholder() {
    var other = TestGraph.newInstance("aws");
    var ip = uniqueIp();
    write(
        other, "r1", s -> s.addEntity(host("i-1", "aws_instance", Map.of("publicIpAddress", ip))));
    var qualys = TestGraph.newInstance("qualys");
    var stats = run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(
          hostHasFinding("f1", Map.of("publicIpAddress", ip, "fqdn", "x.example")));
    });
    assertEquals(1, stats.byType().get("host_has_finding").toEntities());
    assertEquals(0, placeholders(qualys));
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (h:Host {_key: 'i-1'})-[r:HAS]->(f:Finding {_key: 'f1'}) WHERE r._instanceId = $i"
                + " AND r._key = 'f1|has|i-1' RETURN count(r)",
            Map.of("i", qualys)));
  }

  @Test
  void linksToEveryMatchOfTheFirstGroupThatMatchesAndIgnoresLaterGroups() {
    var other = TestGraph.newInstance("cmdb");
    var ip = uniqueIp();
    var fqdn = "shared-" + ip + ".example";
    write(other, "r1", s -> {
      s.addEntity(host("a", "cmdb_host", Map.of("publicIpAddress", ip)));
      s.addEntity(host("b", "cmdb_host", Map.of("publicIpAddress", ip)));
      s.addEntity(host("c", "cmdb_host", Map.of("fqdn", fqdn)));
    });
    var qualys = TestGraph.newInstance("qualys");
    var stats = run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(hostHasFinding("f1", Map.of("publicIpAddress", ip, "fqdn", fqdn)));
    });
    assertEquals(2, stats.byType().get("host_has_finding").toEntities());
    assertEquals(1, stats.byType().get("host_has_finding").multiMatches());
    assertEquals(
        Set.of("a", "b"),
        Set.copyOf(graph.read(
            "MATCH (h:Host)-[r:HAS {_instanceId: $i}]->(:Finding) RETURN h._key AS k",
            Map.of("i", qualys),
            r -> r.list(x -> x.get("k").asString()))));
  }

  @Test
  void eachLinkRecordsTheFilterGroupThatMatchedAndAPlaceholderLinkNone() {
    var other = TestGraph.newInstance("cmdb");
    var ip = uniqueIp();
    var fqdn = "by-name-" + ip + ".example";
    write(other, "r1", s -> s.addEntity(host("by-fqdn", "cmdb_host", Map.of("fqdn", fqdn))));
    var qualys = TestGraph.newInstance("qualys");
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addEntity(finding("f2"));
      // The IP matches nothing, so the third group (fqdn) decides.
      s.addMappedRelationship(hostHasFinding("f1", Map.of("publicIpAddress", ip, "fqdn", fqdn)));
      s.addMappedRelationship(hostHasFinding("f2", Map.of("fqdn", "nowhere-" + fqdn)));
    });
    assertEquals(2L, mapGroup(qualys, "f1"));
    assertEquals(null, mapGroup(qualys, "f2"), "a link to a placeholder matched no group");
    var groups = graph.read(
        "MATCH (p:Placeholder {_instanceId: $i}) RETURN p._mapFilters AS f",
        Map.of("i", qualys),
        r -> r.single().get("f").asString());
    assertTrue(
        groups.contains("\"index\":2"),
        "the placeholder keeps the declared index of each group tried: " + groups);
  }

  @Test
  void createsOnePlaceholderPerTargetKeyWhenNothingMatches() {
    var qualys = TestGraph.newInstance("qualys");
    var fqdn = "lonely-" + uniqueIp() + ".example";
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addEntity(finding("f2"));
      // Two Qualys hosts share an fqdn: each keeps its own placeholder, whatever the order.
      s.addMappedRelationship(hostHasFinding("f1", Map.of("fqdn", fqdn), "qualys-host:1"));
      s.addMappedRelationship(hostHasFinding("f2", Map.of("fqdn", fqdn), "qualys-host:2"));
    });
    var placeholder = graph.read(
        "MATCH (p:Placeholder:Host:discovered_host {_instanceId: $i, _key: 'qualys-host:1'})"
            + " RETURN properties(p) AS p",
        Map.of("i", qualys),
        r -> r.single().get("p").asMap());
    assertEquals(fqdn, placeholder.get("fqdn"));
    assertEquals("qualys", placeholder.get("scannedBy"));
    assertTrue(((String) placeholder.get("_mapFilters")).contains("fqdn"));
    assertEquals(2, placeholders(qualys));
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (:Placeholder {_key: 'qualys-host:2'})-[r:HAS {_instanceId: $i}]->(:Finding {_key: 'f2'})"
                + " RETURN count(r)",
            Map.of("i", qualys)));
  }

  @Test
  void aPlaceholderSeenAgainTakesNewValuesAndKeepsThoseTheNewTargetLacks() {
    var qualys = TestGraph.newInstance("qualys");
    var fqdn = "kept-" + uniqueIp() + ".example";
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(hostHasFinding(
          "f1", Map.of("fqdn", fqdn, "os", "Linux", "netbios", "OLD"), "qualys-host:k"));
    });
    // The next run's target names fewer properties, and a different set: one statement sets the
    // union of names (see Cypher.setEachKeeping), which must not clear the ones this row lacks.
    run(qualys, "r2", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(hostHasFinding("f1", Map.of("netbios", "NEW"), "qualys-host:k"));
    });
    var placeholder = graph.read(
        "MATCH (p:Placeholder {_instanceId: $i, _key: 'qualys-host:k'}) RETURN properties(p) AS p",
        Map.of("i", qualys),
        r -> r.single().get("p").asMap());
    assertEquals("NEW", placeholder.get("netbios"));
    assertEquals(fqdn, placeholder.get("fqdn"));
    assertEquals("Linux", placeholder.get("os"));
    assertEquals("r2", placeholder.get("_runId"));
  }

  @Test
  void mappingsOfOneRunThatShareAPlaceholderEachLinkAndAddTheirValues() {
    var qualys = TestGraph.newInstance("qualys");
    var fqdn = "shared-" + uniqueIp() + ".example";
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addEntity(finding("f2"));
      s.addEntity(finding("f3"));
      // The same target twice (one placeholder), then with one more value and labels
      // of another placeholder type: those must still be written.
      s.addMappedRelationship(
          hostHasFinding("f1", Map.of("fqdn", fqdn, "os", "Linux"), "qualys-host:shared"));
      s.addMappedRelationship(
          hostHasFinding("f2", Map.of("fqdn", fqdn, "os", "Linux"), "qualys-host:shared"));
      s.addMappedRelationship(hostHasFinding(
          "f3",
          Map.of("fqdn", fqdn, "os", "Linux", "netbios", "SHARED"),
          "qualys-host:shared",
          "aws_instance"));
    });
    var placeholder = graph.read(
        "MATCH (p:Placeholder {_instanceId: $i, _key: 'qualys-host:shared'})"
            + " RETURN properties(p) AS p, labels(p) AS labels, COUNT { (p)-[:HAS]->() } AS links",
        Map.of("i", qualys),
        r -> r.single().asMap());
    @SuppressWarnings("unchecked")
    var properties = (Map<String, Object>) placeholder.get("p");
    assertEquals("SHARED", properties.get("netbios"));
    assertEquals("Linux", properties.get("os"));
    assertEquals(3L, placeholder.get("links"));
    assertTrue(
        ((List<?>) placeholder.get("labels")).contains("aws_instance"), placeholder.toString());
    assertTrue(
        ((List<?>) placeholder.get("labels")).contains("discovered_host"), placeholder.toString());
  }

  @Test
  void typesThatMapToTheSameTargetsResolveEachTargetOnceAndLinkEveryType() {
    var qualys = TestGraph.newInstance("qualys");
    var owned = TestGraph.newInstance("aws");
    var ip = uniqueIp();
    run(
        owned,
        "a1",
        s -> s.addEntity(host("i-owned", "aws_instance", Map.of("publicIpAddress", ip))));
    var scans = MappedRelationshipType.builder("scanner_scans_host", "SCANS")
        .source("test_scanner")
        .placeholder("discovered_host", "Host")
        .targetFilters(HOST_FILTERS)
        .build();
    var stats = run(qualys, "r1", s -> {
      s.addEntity(Entity.of("scanner", "test_scanner", "Service", Map.of()));
      for (int i = 0; i < 3; i++) {
        s.addEntity(finding("f" + i));
        // One host per finding: the first owned (by IP), the others placeholders.
        var target = i == 0
            ? Map.<String, Object>of("publicIpAddress", ip)
            : Map.<String, Object>of("fqdn", "grouped-" + i + "-" + ip + ".example");
        var mapping = hostHasFinding("f" + i, target, "qualys-host:grouped-" + i);
        s.addMappedRelationship(mapping);
        s.addMappedRelationship(
            scans.from("scanner").targetEntity(mapping.targetEntity()).build());
      }
    });
    assertEquals(1, stats.byType().get("scanner_scans_host").toEntities());
    assertEquals(2, stats.byType().get("scanner_scans_host").toPlaceholders());
    assertEquals(1, stats.byType().get("host_has_finding").toEntities());
    assertEquals(2, stats.byType().get("host_has_finding").toPlaceholders());
    assertEquals(
        List.of(2L, 2L),
        graph.read(
            "MATCH (p:Placeholder {_instanceId: $i}) WHERE p._key STARTS WITH 'qualys-host:grouped-'"
                + " RETURN p._key AS key, COUNT { (p)--() } AS links ORDER BY key",
            Map.of("i", qualys),
            r -> r.list(x -> x.get("links").asLong())));
    assertEquals(
        2L,
        TestGraph.count(
            "MATCH (h:aws_instance {_key: 'i-owned'})-[r]-() WHERE r._instanceId = $i"
                + " RETURN count(r)",
            Map.of("i", qualys)));
  }

  @Test
  void createsNothingWhenTargetCreationIsSkipped() {
    var qualys = TestGraph.newInstance("qualys");
    var stats = run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(MappedRelationshipType.builder("host_has_finding", "HAS")
          .source("test_finding")
          .placeholder("discovered_host", "Host")
          .reverse()
          .targetFilters(HOST_FILTERS)
          .skipTargetCreation()
          .build()
          .from("f1")
          .targetEntity(Map.of("publicIpAddress", uniqueIp()))
          .build());
    });
    assertEquals(1, stats.byType().get("host_has_finding").unmatched());
    assertEquals(0, placeholders(qualys));
  }

  @Test
  void neverOverwritesThePropertiesOfAnOwnedTarget() {
    var other = TestGraph.newInstance("aws");
    var ip = uniqueIp();
    write(
        other,
        "r1",
        s -> s.addEntity(
            host("i-9", "aws_instance", Map.of("publicIpAddress", ip, "name", "web-1"))));
    var qualys = TestGraph.newInstance("qualys");
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(
          hostHasFinding("f1", Map.of("publicIpAddress", ip, "name", "from-qualys")));
    });
    var name = graph.read(
        "MATCH (h:Entity {_instanceId: $i, _key: 'i-9'}) RETURN h.name AS name, h.scannedBy AS s",
        Map.of("i", other),
        r -> r.single().asMap());
    assertEquals("web-1", name.get("name"));
    assertEquals(null, name.get("s"));
  }

  @Test
  void anEntityWrittenLaterWithThePlaceholdersKeyAdoptsIt() {
    var qualys = TestGraph.newInstance("qualys");
    var arn = "arn:aws:ec2:us-east-1:012345678901:instance/i-" + uniqueIp();
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(hostHasFinding("f1", Map.of("_key", arn), arn, "aws_instance"));
    });
    assertEquals(1, placeholders(qualys));
    var aws = TestGraph.newInstance("aws");
    var adopted = write(
            aws, "r1", s -> s.addEntity(host(arn, "aws_instance", Map.of("name", "real"))))
        .reconcilePlaceholdersAfter(Set.of("aws_instance"));
    assertEquals(1, adopted.adopted());
    assertEquals(0, placeholders(qualys));
    assertEquals((long) MappingResolver.ADOPTED, mapGroup(qualys, "f1"));
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (h:Entity {_instanceId: $aws, _key: $arn})-[r:HAS {_instanceId: $q}]->(:Finding {_key: 'f1'})"
                + " RETURN count(r)",
            Map.of("aws", aws, "arn", arn, "q", qualys)));
  }

  @Test
  void aMatchingHostWrittenLaterTakesThePlaceholdersLinksOnTheNextRun() {
    var qualys = TestGraph.newInstance("qualys");
    var ip = uniqueIp();
    run(qualys, "r1", s -> {
      s.addEntity(finding("f1"));
      s.addMappedRelationship(hostHasFinding("f1", Map.of("publicIpAddress", ip)));
    });
    var cmdb = TestGraph.newInstance("cmdb");
    write(cmdb, "r1", s -> s.addEntity(host("h-late", "cmdb_host", Map.of("publicIpAddress", ip))));
    var result = write(qualys, "r2", s -> {}).reconcilePlaceholdersAfter(Set.of());
    assertEquals(1, result.relinked());
    assertEquals(0, placeholders(qualys));
    assertEquals(0L, mapGroup(qualys, "f1"), "relinked by the first group, the public IP");
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (:Entity {_key: 'h-late'})-[r:HAS {_instanceId: $i, _key: 'f1|has|h-late'}]->(:Finding)"
                + " RETURN count(r)",
            Map.of("i", qualys)));
  }

  @Test
  void aSelectorLinksEverySourceWithThePropertyValueWrittenThisRun() {
    var qualys = TestGraph.newInstance("qualys");
    run(qualys, "r1", s -> {
      for (int i = 0; i < 5; i++) {
        s.addEntity(
            Entity.of("f" + i, "test_finding", "Finding", Map.of("qid", i < 3 ? 100 : 200)));
      }
      s.addMappedRelationship(MappedRelationshipType.builder("test_finding_is_cve", "IS")
          .source("test_finding")
          .placeholder("cve", "Vulnerability")
          .targetFilters(TargetFilter.byType("cve", "_key"))
          .build()
          .fromAll(new EntitySelector("test_finding", "qid", 100))
          .targetEntity(Map.of("_key", "cve-2020-0001", "_type", "cve", "_class", "Vulnerability"))
          .build());
    });
    assertEquals(
        3,
        TestGraph.count(
            "MATCH (:Finding)-[r:IS {_instanceId: $i}]->(:Placeholder:Vulnerability:cve {_key: 'cve-2020-0001'})"
                + " RETURN count(r)",
            Map.of("i", qualys)));
  }

  @Test
  void lookupsUseTheIndexOfTheFilterGroup() {
    new GraphSchema(graph).ensureNodeIndex("Host", List.of("publicIpAddress"));
    new GraphSchema(graph).awaitIndexes();
    // The hint asks for a seek: without it, a plan made while the label's statistics are empty
    // (the start of a first run) may scan the index instead. Some Hosts of their own instance and
    // a forced replan make this the plan a real graph gets.
    graph.autoCommit(
        "UNWIND range(1, 50) AS n CREATE (:Entity:Host {_instanceId: 'lookup-plan',"
            + " _key: 'lookup-plan-' + n, publicIpAddress: '198.51.100.' + n})",
        Map.of(),
        r -> r.consume());
    var plan = graph.read(
        "CYPHER replan=force EXPLAIN " + TargetLookup.query("Host", List.of("publicIpAddress")),
        new java.util.HashMap<>(Map.of("rows", List.of())),
        r -> r.consume().plan().toString());
    assertTrue(plan.contains("NodeIndexSeek"), plan);
    assertFalse(plan.contains("AllNodesScan"), plan);
  }

  // --- helpers ---

  private MappingStats run(
      String instance, String runId, Consumer<dev.graphwright.api.state.JobState> steps) {
    try (var session = session(instance, runId)) {
      steps.accept(session.jobState("step"));
      session.flush();
      return session.resolveMappedRelationships(1000);
    }
  }

  private Finished write(
      String instance, String runId, Consumer<dev.graphwright.api.state.JobState> steps) {
    var session = session(instance, runId);
    steps.accept(session.jobState("step"));
    session.flush();
    return new Finished(session);
  }

  /** A session whose steps ran; reconciles and closes. */
  private record Finished(GraphSession session) {
    PlaceholderReconciler.Result reconcilePlaceholdersAfter(Set<String> entityTypes) {
      try (session) {
        return session.reconcilePlaceholders(entityTypes);
      }
    }
  }

  private GraphSession session(String instance, String runId) {
    return new GraphSession(
        graph,
        new GraphSchema(graph),
        new WriteScope(instance, runId),
        WriterSettings.defaults(),
        spool.resolve(instance + "-" + runId));
  }

  private static Entity host(String key, String type, Map<String, Object> properties) {
    return Entity.of(key, type, "Host", properties);
  }

  private static Entity finding(String key) {
    return Entity.of(key, "test_finding", "Finding", Map.of("qid", 1));
  }

  private static MappedRelationship hostHasFinding(String findingKey, Map<String, Object> target) {
    return hostHasFinding(findingKey, target, "qualys-host:" + findingKey, "discovered_host");
  }

  private static MappedRelationship hostHasFinding(
      String findingKey, Map<String, Object> target, String placeholderKey) {
    return hostHasFinding(findingKey, target, placeholderKey, "discovered_host");
  }

  private static MappedRelationship hostHasFinding(
      String findingKey,
      Map<String, Object> target,
      String placeholderKey,
      String placeholderType) {
    return MappedRelationshipType.builder("host_has_finding", "HAS")
        .source("test_finding")
        .placeholder(placeholderType, "Host")
        .reverse()
        .targetFilters(HOST_FILTERS)
        .build()
        .from(findingKey)
        .targetEntity(Properties.builder()
            .putAll(target)
            .put("_key", placeholderKey)
            .put("_type", placeholderType)
            .put("_class", "Host")
            .put("scannedBy", "qualys")
            .build())
        .build();
  }

  /** The filter group recorded on a finding's HAS link (0-based), or null. */
  private Long mapGroup(String instance, String findingKey) {
    return graph.read(
        "MATCH (:Host)-[r:HAS {_instanceId: $i}]->(:Finding {_key: $f}) RETURN r._mapGroup AS g",
        Map.of("i", instance, "f", findingKey),
        r -> {
          var g = r.single().get("g");
          return g.isNull() ? null : g.asLong();
        });
  }

  private static long placeholders(String instance) {
    return TestGraph.count(
        "MATCH (p:Placeholder {_instanceId: $i}) RETURN count(p)", Map.of("i", instance));
  }

  private static int counter;

  private static synchronized String uniqueIp() {
    counter++;
    return "198.51." + (counter / 250) + "." + (counter % 250 + 1) + "-"
        + System.nanoTime() % 100000;
  }
}
