package dev.graphwright.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.testing.TestGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every saved query is valid Cypher and answers the question it states, on a seeded graph. */
class SavedQueriesTest {

  private static final Path QUERIES = Path.of("queries");
  private static Neo4jGraph graph;

  @BeforeAll
  static void seed() {
    graph = TestGraph.graph();
    graph.write("MATCH (n) WHERE n._instanceId = 'saved-queries' DETACH DELETE n", Map.of());
    graph.write("""
        CREATE (aws:Entity:Host:aws_instance {_instanceId: 'aws', _key: 'arn-1', _type: 'aws_instance',
                displayName: 'web-1', publicIpAddress: '203.0.113.7'})
        CREATE (ph:Placeholder:Host:discovered_host {_instanceId: 'saved-queries', _key: 'qualys-host:2',
                _type: 'discovered_host', hostname: 'db-2', displayName: 'db-2', scannedBy: 'qualys',
                qualysHostId: '2', lastScannedOn: 1764201600000, tags: ['PCI', 'Production']})
        CREATE (c1:Entity:Finding:qualys_host_finding {_instanceId: 'saved-queries', _key: 'f1',
                name: 'OpenSSH flaw', qid: 100, severity: 'critical', numericSeverity: 10, open: true,
                qdsScore: 95, qdsSeverity: 'critical', qdsExploitMaturity: 'weaponized',
                qdsRti: ['Exploit_Public', 'Active_Attacks'], slaDueOn: 1000, slaBreached: true})
        CREATE (c2:Entity:Finding:qualys_host_finding {_instanceId: 'saved-queries', _key: 'f2',
                name: 'OpenSSH flaw', qid: 100, severity: 'critical', numericSeverity: 10, open: true,
                slaDueOn: 2000, timeToFixDays: null})
        CREATE (c3:Entity:Finding:qualys_host_finding {_instanceId: 'saved-queries', _key: 'f3',
                name: 'Old TLS', qid: 200, severity: 'medium', numericSeverity: 6, open: true,
                qdsScore: 45, qdsSeverity: 'medium', slaDueOn: 4102444800000, slaBreached: false})
        CREATE (fixed:Entity:Finding:qualys_host_finding {_instanceId: 'saved-queries', _key: 'f4',
                name: 'Fixed one', qid: 300, severity: 'critical', numericSeverity: 10, open: false,
                qdsScore: 99, qdsSeverity: 'critical', slaDueOn: 1000, timeToFixDays: 12,
                slaBreached: true})
        CREATE (lost:Entity:Finding:qualys_host_finding {_instanceId: 'saved-queries', _key: 'f5',
                name: 'Orphan', qid: 400, severity: 'low', qualysHostId: '9', open: true})
        CREATE (cve:Placeholder:Vulnerability:cve {_instanceId: 'saved-queries', _key: 'cve-2024-0001',
                _type: 'cve', id: 'CVE-2024-0001', cvssScore: 9.8})
        CREATE (vuln:Placeholder:Vulnerability:qualys_vuln {_instanceId: 'saved-queries', _key: 'vuln-qid:200',
                _type: 'qualys_vuln', id: '200', cvssScore: 5.0})
        CREATE (app:Placeholder:Application:web_app {_instanceId: 'saved-queries', _key: 'qualys-web-app:1',
                name: 'Shop', url: 'https://shop.example'})
        CREATE (w1:Entity:Finding:qualys_web_app_finding {_instanceId: 'saved-queries', _key: 'w1',
                open: true, numericSeverity: 8})
        CREATE (w2:Entity:Finding:qualys_web_app_finding {_instanceId: 'saved-queries', _key: 'w2',
                open: false, numericSeverity: 4})
        CREATE (sg:Entity:Firewall:aws_security_group {_instanceId: 'aws', _key: 'sg-1', groupName: 'web',
                openToInternet: true, openToInternetPorts: ['tcp:443']})
        CREATE (vpc:Entity:Network:aws_vpc {_instanceId: 'aws', _key: 'vpc-1', displayName: 'main'})
        CREATE (subnet:Entity:Network:aws_subnet {_instanceId: 'aws', _key: 'subnet-1'})
        CREATE (vpc)-[:CONTAINS]->(subnet), (subnet)-[:HAS]->(aws), (sg)-[:PROTECTS]->(aws)
        CREATE (aws)-[:HAS]->(c1), (ph)-[:HAS]->(c2), (ph)-[:HAS]->(c3), (aws)-[:HAS]->(fixed)
        CREATE (c1)-[:IS]->(cve), (c2)-[:IS]->(cve), (c3)-[:IS]->(vuln)
        CREATE (app)-[:HAS]->(w1), (app)-[:HAS]->(w2)
        """, Map.of());
  }

  @Test
  void everyIndexedQueryExistsWithItsHeaderAndCompiles() throws IOException {
    var names = Files.readAllLines(QUERIES.resolve("index.txt")).stream()
        .filter(l -> !l.isBlank())
        .toList();
    assertTrue(names.size() >= 6);
    try (var files = Files.list(QUERIES)) {
      assertEquals(
          names.size(),
          files.filter(f -> f.toString().endsWith(".cypher")).count(),
          "every .cypher file is listed in index.txt");
    }
    for (var name : names) {
      var text = Files.readString(QUERIES.resolve(name + ".cypher"));
      for (var header : List.of("// purpose:", "// params:", "// returns:")) {
        assertTrue(text.contains(header), name + " lacks " + header);
      }
      graph.read("EXPLAIN " + text, Map.of(), r -> r.consume());
    }
  }

  @Test
  void internetExposedEc2InstancesWithCriticalFindingsAreListedByVpc() throws IOException {
    var rows = run("internet-exposed-ec2-with-critical-findings");
    var web = rows.stream().filter(r -> "web-1".equals(r.get("instance"))).toList();
    assertEquals(1, web.size(), rows.toString());
    assertEquals("main", web.getFirst().get("vpc"));
    assertEquals(List.of("tcp:443"), web.getFirst().get("openPorts"));
    assertEquals(1L, web.getFirst().get("criticalFindings"), "the fixed finding does not count");
  }

  @Test
  void hostsByOwnerSeparatesOwnedHostsFromPlaceholders() throws IOException {
    var rows = run("hosts-by-owner");
    assertTrue(
        rows.stream()
            .anyMatch(r -> "aws_instance".equals(r.get("hostType"))
                && "owned by aws".equals(r.get("owner"))
                && Long.valueOf(1).equals(r.get("withFindings"))),
        rows.toString());
    assertTrue(
        rows.stream()
            .anyMatch(r -> "discovered_host".equals(r.get("hostType"))
                && String.valueOf(r.get("owner")).startsWith("placeholder")),
        rows.toString());
  }

  @Test
  void hostsWithOpenCriticalFindingsCountsOnlyOpenOnes() throws IOException {
    var rows = run("hosts-with-open-critical-findings");
    var byHost = rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(r -> r.get("host"), r -> r.get("criticalFindings")));
    assertEquals(1L, byHost.get("web-1"), "the fixed finding does not count");
    assertEquals(1L, byHost.get("db-2"));
  }

  @Test
  void openFindingsAreRankedByQdsWithTheirHost() throws IOException {
    var rows =
        run("open-findings-by-qds").stream().filter(r -> r.get("qds") != null).toList();
    assertEquals(
        List.of(95L, 45L),
        rows.stream().map(r -> r.get("qds")).toList(),
        "open ones only, the highest first; unscored ones are left out");
    assertEquals("web-1", rows.get(0).get("host"));
    assertEquals("203.0.113.7", rows.get(0).get("publicIp"));
    assertEquals("weaponized", rows.get(0).get("exploitMaturity"));
    assertEquals(List.of("Exploit_Public", "Active_Attacks"), rows.get(0).get("threatIndicators"));
    assertEquals("db-2", rows.get(1).get("host"));
  }

  @Test
  void overdueFindingsAreCountedByTheOwnerOfTheirHost() throws IOException {
    var rows = run("overdue-findings-by-host-owner");
    var owned = rows.stream()
        .filter(r -> "owned by aws".equals(r.get("owner")))
        .findFirst()
        .orElseThrow();
    assertEquals(
        1L, owned.get("overdueFindings"), "open and past due; the fixed one does not count");
    assertEquals(1L, owned.get("critical"));
    assertEquals(List.of("web-1"), owned.get("worstHosts"));
    var placeholder = rows.stream()
        .filter(r -> String.valueOf(r.get("owner")).startsWith("placeholder"))
        .findFirst()
        .orElseThrow();
    assertEquals(1L, placeholder.get("overdueFindings"), "the one not yet due is left out");
    assertEquals(2000L, placeholder.get("oldestDueOn"));
  }

  @Test
  void overdueFindingsAreCountedByEachTagOfTheirHost() throws IOException {
    var rows = run("overdue-findings-by-tag");
    var byTag = rows.stream()
        .collect(
            java.util.stream.Collectors.toMap(r -> r.get("tag"), r -> r.get("overdueFindings")));
    assertEquals(
        Map.of("PCI", 1L, "Production", 1L, "(no Qualys tag)", 1L),
        byTag,
        "the placeholder's finding under each of its tags; the owned host has no Qualys tag");
  }

  @Test
  void meanTimeToFixIsBySeverity() throws IOException {
    var critical = run("mean-time-to-fix-by-severity").stream()
        .filter(r -> "critical".equals(r.get("severity")))
        .findFirst()
        .orElseThrow();
    assertEquals(1L, critical.get("fixedFindings"));
    assertEquals(12.0, critical.get("meanDaysToFix"));
    assertEquals(1L, critical.get("fixedLate"));
  }

  @Test
  void internetFacingHostsWithCriticalCvesNeedAPublicIp() throws IOException {
    var rows = run("internet-facing-hosts-with-critical-cves");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("203.0.113.7", rows.get(0).get("publicIp"));
    assertEquals(List.of("CVE-2024-0001"), rows.get(0).get("cves"));
  }

  @Test
  void vulnerabilitiesAreRankedByAffectedHosts() throws IOException {
    var rows = run("vulnerabilities-by-affected-hosts");
    assertEquals("CVE-2024-0001", rows.get(0).get("vulnerability"));
    assertEquals(2L, rows.get(0).get("hosts"));
    assertEquals("OpenSSH flaw", rows.get(0).get("title"));
  }

  @Test
  void findingsPerWebAppSplitsOpenOnes() throws IOException {
    var shop = run("findings-per-web-app").stream()
        .filter(r -> "Shop".equals(r.get("webApp")))
        .findFirst()
        .orElseThrow();
    assertEquals(2L, shop.get("findings"));
    assertEquals(1L, shop.get("openFindings"));
    assertEquals(8L, shop.get("worstSeverity"));
  }

  @Test
  void placeholdersAndOrphansAreListed() throws IOException {
    var hosts = run("hosts-only-qualys-knows");
    assertTrue(
        hosts.stream()
            .anyMatch(r -> "db-2".equals(r.get("host")) && r.get("lastScannedOn") != null),
        hosts.toString());
    assertFalse(
        hosts.stream().anyMatch(r -> "web-1".equals(r.get("host"))),
        "owned hosts are not placeholders");
    var orphans = run("findings-without-host").stream()
        .filter(r -> "saved-queries".equals(r.get("instance")))
        .toList();
    assertEquals(1, orphans.size(), orphans.toString());
    assertEquals("f5", orphans.get(0).get("finding"));
  }

  private static List<Map<String, Object>> run(String name) throws IOException {
    var text = Files.readString(QUERIES.resolve(name + ".cypher"));
    return graph.read(text, Map.of(), r -> r.list(x -> x.asMap()));
  }
}
