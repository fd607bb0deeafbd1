package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final String DETECTIONS =
      "/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=10";
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options()
        .hosts(60)
        .detectionsPerHost(5)
        .webApps(8)
        .findingsPerWebApp(5)
        .rateLimit(0)
        .concurrencyLimit(0)
        .build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @AfterEach
  void reset() {
    sim.clearFaults();
    sim.resetMetrics();
  }

  @Test
  void serverErrorsAnswer5xxWithABodyOnlyWhereAsked() {
    sim.setFaults(List.of("5xx@detection"));
    var statuses = new HashSet<Integer>();
    for (int i = 0; i < 9; i++) {
      var response = client.get(DETECTIONS);
      statuses.add(response.statusCode());
      assertFalse(response.body().isBlank());
    }
    assertEquals(Set.of(500, 502, 503), statuses);
    assertEquals(
        200, client.get("/api/2.0/fo/knowledge_base/vuln/?action=list&ids=1").statusCode());
    assertEquals(9, sim.metrics().faults("5xx"));
  }

  @Test
  void truncateEndsAWellFormedResponseMidElement() {
    sim.setFaults(List.of("truncate"));
    var response = client.get(DETECTIONS);
    assertEquals(200, response.statusCode());
    assertTrue(response.body().length() > 500);
    assertFalse(Xml.wellFormed(response.body()));
    assertTrue(response.body().matches("(?s).*<[A-Z/_]?$"), "stops inside a tag");
    assertEquals(1, sim.metrics().faults("truncate"));
  }

  @Test
  void resetAbortsTheConnectionMidBody() throws Exception {
    sim.setFaults(List.of("reset@detection"));
    var response = client.stream(client.request(DETECTIONS).build());
    assertEquals(200, response.statusCode());
    var received = new int[1];
    assertThrows(IOException.class, () -> {
      try (InputStream body = response.body()) {
        var buf = new byte[8192];
        int n;
        while ((n = body.read(buf)) >= 0) {
          received[0] += n;
        }
      }
    });
    assertTrue(received[0] > 0, "part of the body arrived first");
    LimitsTest.awaitRunning(sim, "detection", 0);
    assertEquals(1, sim.metrics().faults("reset"));
  }

  @Test
  void stallHoldsTheConnectionUntilTheClientGivesUp() throws Exception {
    sim.setFaults(List.of("stall@kb"));
    var head = RawHttp.get(sim.port(), "/api/2.0/fo/knowledge_base/vuln/?action=list");
    assertTrue(head.statusLine().contains(" 200 "));
    head.socket().setSoTimeout(1_500);
    long received = 0;
    var buf = new byte[4096];
    try {
      int n;
      while ((n = head.body().read(buf)) >= 0) {
        received += n;
      }
      throw new AssertionError("a stalled body must not end");
    } catch (SocketTimeoutException expected) {
      // The client gives up.
    }
    assertTrue(received > 0);
    assertEquals(1, sim.metrics().running().get("kb"), "the stalled call still runs");
    head.socket().close();
    LimitsTest.awaitRunning(sim, "kb", 0);
    assertEquals(1, sim.metrics().faults("stall"));
  }

  @Test
  void stopEndsStalledResponses() throws Exception {
    var own = QualysSimulator.start(
        Sims.options().hosts(3).faults(List.of("stall@about")).build());
    var head = RawHttp.get(own.port(), "/msp/about.php");
    assertTrue(head.statusLine().contains(" 200 "));
    long started = System.nanoTime();
    own.stop();
    assertTrue(System.nanoTime() - started < 3_000_000_000L, "stop does not wait for the stall");
    head.socket().close();
  }

  @Test
  void malformedBreaksTheXmlInsideOneDetection() {
    sim.setFaults(List.of("malformed@detection"));
    String body = client.get(DETECTIONS).body();
    assertFalse(Xml.wellFormed(body));
    assertTrue(body.matches("(?s).*<QID>\\d{2}<\\d+</QID>.*"));
    assertEquals(1, sim.metrics().faults("malformed"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"hostlist", "kb", "hostasset", "finding"})
  void malformedBreaksEveryApiItAppliesTo(String api) {
    sim.setFaults(List.of("malformed@" + api));
    String body = switch (api) {
      case "hostlist" ->
        client.get("/api/2.0/fo/asset/host/?action=list&details=None").body();
      case "kb" ->
        client.get("/api/2.0/fo/knowledge_base/vuln/?action=list&ids=1-200000").body();
      case "hostasset" -> client.postXml(Qps.HOST_ASSETS, "<ServiceRequest/>").body();
      default -> client.postXml(Qps.FINDINGS, "<ServiceRequest/>").body();
    };
    assertFalse(Xml.wellFormed(body), api);
    assertEquals(1, sim.metrics().faults("malformed"));
  }

  @Test
  void badQidIsWellFormedButNotANumber() {
    sim.setFaults(List.of("bad-qid@detection"));
    var qids = Xml.texts(Xml.parse(client.get(DETECTIONS).body()), "QID");
    assertEquals(1, qids.stream().filter(q -> q.equals("abc")).count());
    assertTrue(qids.size() > 10);
  }

  @Test
  void nonStringPutsElementsWhereTextBelongs() {
    sim.setFaults(List.of("non-string"));
    var detections = Xml.parse(client.get(DETECTIONS).body());
    var assets = Xml.parse(client.postXml(Qps.HOST_ASSETS, "<ServiceRequest/>").body());
    assertEquals(1, Xml.all(detections, "X").size());
    assertEquals(
        "DNS",
        ((org.w3c.dom.Element) Xml.all(detections, "X").get(0).getParentNode()).getTagName());
    assertFalse(Xml.all(Xml.all(assets, "os").get(0), "list").isEmpty());
    assertEquals(2, sim.metrics().faults("non-string"));
  }

  @Test
  void duplicateDetectionRepeatsAHostOnTheNextPage() {
    sim.setFaults(List.of("duplicate-detection"));
    var hostIds = new ArrayList<Long>();
    var keys = new HashSet<String>();
    String url =
        "/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=5&show_results=0";
    while (url != null) {
      var page = Pages.detections(client.get(url).body());
      hostIds.addAll(page.hostIds());
      keys.addAll(page.findingKeys());
      url = page.nextUrl();
    }
    var expected = sim.expected(Map.of());
    assertTrue(hostIds.size() > new HashSet<>(hostIds).size(), "some host arrived twice");
    assertEquals(expected.hostsWithFindings(), new HashSet<>(hostIds).size());
    assertEquals(expected.hostFindings(), keys.size(), "ground truth counts distinct finding keys");
    assertTrue(sim.metrics().faults("duplicate-detection") > 0);
  }

  @Test
  void duplicateWebAppFindingSendsAFindingTwice() {
    sim.setFaults(List.of("duplicate-webapp-finding"));
    var uniqueIds = new ArrayList<String>();
    String lastId = null;
    while (true) {
      var criteria =
          lastId == null ? List.<Qps.C>of() : List.of(new Qps.C("id", "GREATER", lastId));
      var doc = Xml.parse(client
          .postXml(Qps.FINDINGS, Qps.request(Map.of("limitResults", "6"), criteria))
          .body());
      Xml.all(doc, "Finding").forEach(f -> uniqueIds.add(Xml.text(f, "uniqueId")));
      if (!Qps.hasMore(doc)) {
        break;
      }
      lastId = Qps.lastId(doc);
    }
    assertTrue(uniqueIds.size() > new HashSet<>(uniqueIds).size());
    assertEquals(sim.expected(Map.of()).webAppFindings(), new HashSet<>(uniqueIds).size());
  }

  @Test
  void injected409sCarryTheirCodes() {
    sim.setFaults(List.of("409-concurrency@hostlist", "409-rate@kb"));
    var concurrency = client.get("/api/2.0/fo/asset/host/?action=list");
    var rate = client.get("/api/2.0/fo/knowledge_base/vuln/?action=list&ids=1");
    assertEquals(409, concurrency.statusCode());
    assertEquals("1960", Xml.texts(Xml.parse(concurrency.body()), "CODE").get(0));
    assertEquals(409, rate.statusCode());
    assertEquals("1965", Xml.texts(Xml.parse(rate.body()), "CODE").get(0));
    assertEquals("0", rate.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
    assertEquals(2, sim.metrics().http409());
  }

  @Test
  void ratesAreDeterministicPerSeed() {
    sim.setFaults(List.of("5xx:0.3@kb"));
    var first = statuses(client, 30);
    sim.setFaults(List.of("5xx:0.3@kb"));
    var again = statuses(client, 30);
    assertEquals(first, again, "setting the faults again restarts the same sequence");
    long errors = first.stream().filter(s -> s >= 500).count();
    assertTrue(errors > 3 && errors < 20, "about 30% fail: " + errors);
    assertNotEquals(0, sim.metrics().faults("5xx"));
  }

  @Test
  void faultsSwitchThroughTheAdminEndpoints() {
    assertEquals(
        200, client.plainPost("/__sim/faults", "truncate@kb\n5xx@detection\n").statusCode());
    assertEquals(List.of("truncate@kb", "5xx@detection"), sim.faults());
    assertTrue(client.get(DETECTIONS).statusCode() >= 500);
    var cleared = client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/__sim/faults"))
            .DELETE()
            .build());
    assertEquals(200, cleared.statusCode());
    assertEquals(200, client.get(DETECTIONS).statusCode());
    assertEquals(400, client.plainPost("/__sim/faults", "explode\n").statusCode());
  }

  private static List<Integer> statuses(SimClient client, int calls) {
    var statuses = new ArrayList<Integer>();
    for (int i = 0; i < calls; i++) {
      HttpResponse<String> response =
          client.get("/api/2.0/fo/knowledge_base/vuln/?action=list&ids=1");
      statuses.add(response.statusCode());
    }
    return statuses;
  }
}
