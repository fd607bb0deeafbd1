package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options().hosts(30).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void metricsCountRequestsConflictsFaultsAndBytes() throws Exception {
    client.plainPost("/__sim/reset-metrics", "");
    client.get("/msp/about.php");
    client.get("/api/2.0/fo/asset/host/?action=list");
    client.get("/nowhere");
    sim.setFaults(java.util.List.of("409-concurrency@kb"));
    client.get("/api/2.0/fo/knowledge_base/vuln/?action=list");
    sim.clearFaults();

    var metrics = json(client.plainGet("/__sim/metrics").body());

    assertEquals(1, metrics.at("/requests/about").asLong());
    assertEquals(1, metrics.at("/requests/hostlist").asLong());
    assertEquals(1, metrics.at("/requests/unknown").asLong());
    assertEquals(4, metrics.at("/requests/total").asLong());
    assertEquals(1, metrics.at("/http409").asLong());
    assertEquals(1, metrics.at("/http409ByCode/1960").asLong());
    assertEquals(1, metrics.at("/faults/409-concurrency").asLong());
    assertEquals(1, metrics.at("/maxConcurrency/hostlist").asInt());
    assertTrue(metrics.at("/bytesServed").asLong() > 1000);
    assertTrue(metrics.at("/heap/maxBytes").asLong() > 0);
  }

  @Test
  void expectedAnswersJsonAndRejectsUnknownParameters() throws Exception {
    var expected =
        json(client.plainGet("/__sim/expected?severities=4,5&types=Confirmed").body());
    var viaJava = sim.expected(Map.of("severities", "4,5", "types", "Confirmed"));
    assertEquals(viaJava.hostFindings(), expected.at("/hostFindings").asLong());
    assertEquals(viaJava.cves(), expected.at("/cves").asLong());
    for (String field : new String[] {
      "hosts",
      "hostAssets",
      "ec2Hosts",
      "publicIpHosts",
      "hostsWithFindings",
      "hostFindings",
      "fixedHostFindings",
      "distinctQids",
      "cves",
      "qidsWithoutCve",
      "findingVulnerabilityLinks",
      "webApps",
      "webAppFindings",
      "hostFindingsBySeverity"
    }) {
      assertTrue(expected.has(field), field);
    }
    var bad = client.plainGet("/__sim/expected?severity=5");
    assertEquals(400, bad.statusCode());
    assertTrue(json(bad.body()).at("/error").asText().contains("severity"));
  }

  @Test
  void foreignRunningAndFaultsAreSwitchable() throws Exception {
    assertEquals(200, client.plainPost("/__sim/foreign-running?value=2", "").statusCode());
    assertEquals(409, client.get("/msp/about.php").statusCode());
    client.plainPost("/__sim/foreign-running?value=0", "");
    assertEquals(200, client.get("/msp/about.php").statusCode());

    var set = client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/__sim/faults"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "fault=reset%3A0.5%40kb&fault=expired"))
            .build());
    assertEquals("reset:0.5@kb", json(set.body()).at("/faults/0").asText());
    assertEquals(java.util.List.of("reset:0.5@kb", "expired"), sim.faults());
    sim.clearFaults();
  }
}
