package dev.graphwright.host.qualys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import dev.graphwright.runtime.run.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built Qualys plugin jar, loaded by the host app, against the simulator: the graph must match
 * the simulator's ground truth exactly.
 */
class QualysEndToEndTest {

  private static QualysSimulator simulator;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSimulator() {
    simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(7)
        .hosts(400)
        .detectionsPerHost(8)
        .qids(150)
        .webApps(6)
        .findingsPerWebApp(5)
        .concurrencyLimit(3)
        .rateLimit(100_000)
        .build());
  }

  @AfterAll
  static void stopSimulator() {
    simulator.stop();
  }

  @Test
  void theGraphMatchesTheGroundTruth() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var instance = TestGraph.newInstance("qualys");
    var record = runs.runOk(instance).record();
    var expected = simulator.expected(QualysRuns.expectedFilters(record));
    var entities = record.totals().entities();
    var relationships = record.totals().relationships();
    var placeholders = record.totals().placeholders();

    assertEquals(expected.hostFindings(), entities.get("qualys_host_finding"));
    assertEquals(expected.webAppFindings(), entities.get("qualys_web_app_finding"));
    assertEquals(1L, entities.get("qualys_account"));
    assertEquals(
        expected.hostFindings(),
        relationships.get("qualys_vulnerability_manager_identified_host_finding"));
    assertEquals(expected.hosts(), sum(relationships, "qualys_vulnerability_manager_scans_"));
    assertEquals(expected.hosts(), sum(relationships, "qualys_vulnerability_manager_discovered_"));
    assertEquals(
        expected.ec2Hosts(), relationships.get("qualys_vulnerability_manager_scans_aws_instance"));
    assertEquals(
        expected.hostFindings(),
        relationships.get("discovered_host_has_qualys_host_finding")
            + relationships.getOrDefault("aws_instance_has_qualys_host_finding", 0L));
    assertEquals(
        expected.findingVulnerabilityLinks(),
        sum(relationships, "qualys_host_finding_is_")
            + sum(relationships, "qualys_web_app_finding_is_"));
    assertEquals(expected.webApps(), relationships.get("qualys_web_app_scanner_scans_web_app"));
    assertEquals(
        expected.webAppFindings(), relationships.get("web_app_has_qualys_web_app_finding"));
    assertEquals(expected.cves(), placeholders.get("cve"));
    assertEquals(expected.qidsWithoutCve(), placeholders.get("qualys_vuln"));
    assertEquals(expected.ec2Hosts(), placeholders.get("aws_instance"));
    assertEquals(expected.hosts() - expected.ec2Hosts(), placeholders.get("discovered_host"));
    assertEquals(0L, record.http409());

    var params = Map.<String, Object>of("i", instance);
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) OPTIONAL MATCH (h:Host)-[:HAS]->(f)"
                + " WITH f, count(h) AS hosts WHERE hosts <> 1 RETURN count(f)",
            params),
        "every host finding is linked to exactly one Host");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:Finding {_instanceId: $i}) WHERE NOT (f)-[:IS]->(:Vulnerability) RETURN count(f)",
            params),
        "every finding IS at least one Vulnerability");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_web_app_finding {_instanceId: $i}) WHERE NOT (f)<-[:HAS]-(:web_app {url: f.webAppUrl})"
                + " RETURN count(f)",
            params),
        "web-app findings are linked to their web_app by url");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.name STARTS WITH 'QID ' RETURN count(f)",
            params),
        "findings carry the knowledge-base title");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.type <> 'Info'"
                + " AND (NOT f.qdsScore >= 1 OR NOT f.qdsScore <= 100 OR f.qdsSeverity IS NULL) RETURN count(f)",
            params),
        "every vulnerability finding has its Qualys Detection Score and band");
    assertTrue(
        TestGraph.count(
                "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.qdsEpss >= 0 AND f.qdsCvss > 0 RETURN count(f)",
                params)
            > 0,
        "and the factors behind it");
  }

  @Test
  void aSecondIdenticalRunChangesNoCounts() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var instance = TestGraph.newInstance("qualys-twice");
    var first = runs.runOk(instance).record();
    var second = runs.runOk(instance).record();
    assertEquals(first.totals(), second.totals());
    assertTrue(second.windowFrom() != null, "the second run is incremental");
    assertEquals(Map.of(), second.deleted(), "nothing was stale");
  }

  @Test
  void linksToAHostAnotherSourceOwnsInsteadOfCreatingAPlaceholder() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var probe = TestGraph.newInstance("qualys-probe");
    runs.runOk(probe);
    var ip = TestGraph.graph()
        .read(
            "MATCH (p:Placeholder:discovered_host {_instanceId: $i}) WHERE p.publicIpAddress IS NOT NULL"
                + " RETURN p.publicIpAddress AS ip, p._key AS key ORDER BY key LIMIT 1",
            Map.of("i", probe),
            r -> r.single().get("ip").asString());
    var cmdb = TestGraph.newInstance("cmdb");
    TestGraph.graph()
        .write(
            "CREATE (:Entity:Host:cmdb_host {_instanceId: $cmdb, _key: 'cmdb-host-1', _type: 'cmdb_host',"
                + " publicIpAddress: $ip, name: 'owned by the CMDB'})",
            Map.of("cmdb", cmdb, "ip", ip));

    try {
      linksToTheOwnedHost(runs, probe, cmdb, ip);
    } finally {
      // Other tests share the graph: an owned host would capture their hosts with this IP.
      TestGraph.graph()
          .write("MATCH (h:Entity {_instanceId: $cmdb}) DETACH DELETE h", Map.of("cmdb", cmdb));
    }
  }

  private static void linksToTheOwnedHost(QualysRuns runs, String probe, String cmdb, String ip)
      throws Exception {
    var instance = TestGraph.newInstance("qualys-linked");
    runs.runOk(instance);
    var params = Map.<String, Object>of("i", instance, "ip", ip, "cmdb", cmdb);
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (p:Placeholder {_instanceId: $i}) WHERE p.publicIpAddress = $ip RETURN count(p)",
            params),
        "no placeholder for a host another source owns");
    assertTrue(
        TestGraph.count(
                "MATCH (:Service {_instanceId: $i})-[:SCANS]->(h:cmdb_host {_instanceId: $cmdb})-[:HAS]->(:Finding {_instanceId: $i})"
                    + " RETURN count(*)",
                params)
            > 0,
        "the owned host is scanned and has the findings");
    assertEquals(
        "owned by the CMDB",
        TestGraph.graph()
            .read(
                "MATCH (h:cmdb_host {_instanceId: $cmdb}) RETURN h.name AS n",
                params,
                r -> r.single().get("n").asString()),
        "the owner's properties are untouched");

    assertMatchedByPublicIp(runs, cmdb, instance, ip);

    // The first instance's next run re-checks its placeholder: the owned host takes its links.
    runs.runOk(probe);
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (p:Placeholder {_instanceId: $i}) WHERE p.publicIpAddress = $ip RETURN count(p)",
            Map.of("i", probe, "ip", ip)));
    assertMatchedByPublicIp(runs, cmdb, probe, ip);
  }

  /** explain on the owned host: each of the instance's links names group 1 and the IP compared. */
  private static void assertMatchedByPublicIp(
      QualysRuns runs, String cmdb, String instance, String ip) throws Exception {
    var explained = runs.command(
        "explain", "cmdb-host-1", "--instance", cmdb, "--format", "json", "--limit", "1000");
    assertEquals(0, explained.exitCode(), explained.err());
    var node = Json.mapper().readTree(explained.out());
    assertEquals(cmdb, node.get("instance").asText());
    int decisions = 0;
    for (var group : node.get("relationships")) {
      for (var sample : group.get("samples")) {
        if (!sample.get("writtenBy").get("instance").asText().equals(instance)) {
          continue;
        }
        var decision = sample.get("decision");
        assertEquals(1, decision.get("group").asInt(), group + " " + sample);
        assertEquals(4, decision.get("of").asInt());
        assertEquals("Host(publicIpAddress)", decision.get("filter").asText());
        assertEquals(ip, decision.get("values").get("publicIpAddress").asText());
        assertEquals(
            "the other node",
            decision.get("source").asText(),
            "the Qualys side is the source; the owned host is the target");
        decisions++;
      }
    }
    assertTrue(
        decisions >= 3, "SCANS, DISCOVERED and at least one HAS explained: " + explained.out());
  }

  @Test
  void explainSaysWhyAHostIsAPlaceholderAndWhereAFindingCameFrom() throws Exception {
    var runs = new QualysRuns(dir, simulator);
    var instance = TestGraph.newInstance("qualys-explain");
    runs.runOk(instance);
    var params = Map.<String, Object>of("i", instance);
    var keys = TestGraph.graph()
        .read(
            "MATCH (h:Placeholder:discovered_host {_instanceId: $i})-[:HAS]->(f:qualys_host_finding)"
                + " WHERE h.fqdn IS NOT NULL AND h.publicIpAddress IS NULL"
                + " RETURN h._key AS host, h.fqdn AS fqdn, f._key AS finding ORDER BY host, finding LIMIT 1",
            params,
            r -> r.single().asMap());

    var host = runs.command(
        "explain", (String) keys.get("host"), "--instance", instance, "--format", "json");
    assertEquals(0, host.exitCode(), host.err());
    var why = Json.mapper().readTree(host.out()).get("whyPlaceholder");
    var tried = new ArrayList<String>();
    why.get("groupsTried")
        .forEach(g -> tried.add(g.get("group").asInt() + " " + g.get("label").asText()));
    assertEquals(List.of("2 aws_instance", "3 Host", "4 Host"), tried, host.out());
    assertEquals(
        keys.get("fqdn"),
        why.get("groupsTried").get(1).get("values").get("fqdn").asText());
    assertEquals(0, why.get("groupsTried").get(1).get("matchesNow").asLong());
    assertEquals(
        "Host(publicIpAddress)", why.get("groupsNotTried").get(0).get("filter").asText());
    var hostText = runs.command("explain", (String) keys.get("host"), "--instance", instance);
    assertTrue(hostText.out().contains("PLACEHOLDER"), hostText.out());
    assertTrue(
        hostText
            .out()
            .contains("group 3: Host {fqdn=" + keys.get("fqdn") + "}  (matches nothing now)"),
        hostText.out());

    var findingKey = (String) keys.get("finding");
    var finding = runs.command("explain", findingKey, "--instance", instance, "--format", "json");
    assertEquals(0, finding.exitCode(), finding.err());
    var node = Json.mapper().readTree(finding.out());
    assertEquals("qualys", node.get("integration").asText());
    assertEquals("SUCCESS", node.get("lastWrittenBy").get("status").asText());
    var rawRef = node.get("rawRef").asText();
    assertTrue(rawRef.startsWith(instance + "/"), rawRef);
    assertTrue(
        node.get("rawCommand").asText().contains("'" + findingKey + "'"), "quoted for the shell");
    var hostLink = new ArrayList<String>();
    node.get("relationships").forEach(group -> {
      if (group.get("class").asText().equals("HAS")
          && group.get("direction").asText().equals("in")) {
        assertTrue(group.get("mapped").asBoolean());
        var sample = group.get("samples").get(0);
        hostLink.add(sample.get("other").asText() + " | "
            + sample.get("decision").get("matched").asText());
      }
    });
    assertEquals(1, hostLink.size(), finding.out());
    assertTrue(
        hostLink.get(0).startsWith("discovered_host " + keys.get("host") + " | no filter group"),
        hostLink.get(0));
    var raw = runs.command("raw", findingKey, "--instance", instance);
    assertEquals(0, raw.exitCode(), raw.err());
    assertTrue(raw.out().contains("<DETECTION>"), raw.out());

    var missing = runs.command("explain", "no-such-key", "--instance", instance);
    assertEquals(2, missing.exitCode());
    assertTrue(
        missing.err().contains("No entity or placeholder has _key 'no-such-key'"), missing.err());
  }

  private static long sum(Map<String, Long> counts, String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
