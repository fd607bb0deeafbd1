package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private static final String DETECTIONS =
      "/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=3";

  @Test
  void concurrencyLimitAnswers1960WhileCallsRun() throws Exception {
    try (var sim = QualysSimulator.start(
        Sims.options().hosts(10).concurrencyLimit(2).latencyMs(1_500).build())) {
      var client = new SimClient(sim);
      var slow = List.of(
          client
              .http()
              .sendAsync(client.request(DETECTIONS).build(), HttpResponse.BodyHandlers.ofString()),
          client
              .http()
              .sendAsync(client.request(DETECTIONS).build(), HttpResponse.BodyHandlers.ofString()));
      awaitRunning(sim, "detection", 2);

      var refused = client.get(DETECTIONS);
      var otherApi = client.get("/api/2.0/fo/knowledge_base/vuln/?action=list&ids=1");

      assertEquals(409, refused.statusCode());
      var doc = Xml.parse(refused.body());
      assertEquals("1960", Xml.texts(doc, "CODE").get(0));
      assertEquals(
          "This API cannot be run again until 1 currently running API instance has finished.",
          Xml.texts(doc, "TEXT").get(0));
      assertEquals("CALLS_TO_FINISH", Xml.texts(doc, "KEY").get(0));
      assertEquals(
          "2", refused.headers().firstValue("X-Concurrency-Limit-Running").orElseThrow());
      assertEquals(
          "2", refused.headers().firstValue("X-Concurrency-Limit-Limit").orElseThrow());
      assertEquals(200, otherApi.statusCode(), "limits are per API");
      for (CompletableFuture<HttpResponse<String>> call : slow) {
        assertEquals(200, call.get().statusCode());
      }
      awaitRunning(sim, "detection", 0);
      assertEquals(200, client.get(DETECTIONS).statusCode());
      var metrics = sim.metrics();
      assertEquals(2, metrics.maxConcurrency().get("detection"));
      assertEquals(1, metrics.http409ByCode().get("1960"));
    }
  }

  @Test
  void foreignCallersHoldSlots() {
    try (var sim = QualysSimulator.start(
        Sims.options().hosts(5).concurrencyLimit(2).foreignRunning(2).build())) {
      var client = new SimClient(sim);
      var refused = client.get("/msp/about.php");
      sim.setForeignRunning(1);
      var admitted = client.get("/msp/about.php");

      assertEquals(409, refused.statusCode());
      assertEquals(
          "2", refused.headers().firstValue("X-Concurrency-Limit-Running").orElseThrow());
      assertEquals(200, admitted.statusCode());
      assertEquals(
          "2",
          admitted.headers().firstValue("X-Concurrency-Limit-Running").orElseThrow(),
          "running counts this call and the foreign one");
      assertEquals(1, sim.metrics().maxConcurrency().get("about"), "own calls only");
    }
  }

  @Test
  void rateLimitDecrementsThenAnswers1965() throws Exception {
    // A window far longer than the three calls take, so that a slow machine cannot see it roll
    // over.
    try (var sim = QualysSimulator.start(
        Sims.options().hosts(5).rateLimit(3).rateWindowSec(59).build())) {
      var client = new SimClient(sim);
      var remaining = new java.util.ArrayList<String>();
      for (int i = 0; i < 3; i++) {
        var ok = client.get("/api/2.0/fo/asset/host/?action=list&details=None");
        assertEquals(200, ok.statusCode());
        remaining.add(ok.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
      }
      var blocked = client.get("/api/2.0/fo/asset/host/?action=list&details=None");
      var otherApi = client.get("/msp/about.php");

      assertEquals(List.of("2", "1", "0"), remaining);
      assertEquals(409, blocked.statusCode());
      var doc = Xml.parse(blocked.body());
      assertEquals("1965", Xml.texts(doc, "CODE").get(0));
      long wait =
          Long.parseLong(blocked.headers().firstValue("X-RateLimit-ToWait-Sec").orElseThrow());
      assertTrue(wait >= 1 && wait <= 59, "wait " + wait);
      assertEquals("0", blocked.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
      assertEquals("SECONDS_TO_WAIT", Xml.texts(doc, "KEY").get(0));
      assertEquals(Long.toString(wait), Xml.texts(doc, "VALUE").get(0));
      assertEquals(
          "This API cannot be run again for another " + wait + " second" + (wait == 1 ? "" : "s")
              + ".",
          Xml.texts(doc, "TEXT").get(0));
      assertEquals(200, otherApi.statusCode());
      assertEquals(1, sim.metrics().http409ByCode().get("1965"));
    }
  }

  @Test
  void aRateLimitedApiAnswersAgainOnceItsWindowHasPassed() throws Exception {
    try (var sim = QualysSimulator.start(
        Sims.options().hosts(5).rateLimit(1).rateWindowSec(1).build())) {
      var client = new SimClient(sim);
      assertEquals(
          200, client.get("/api/2.0/fo/asset/host/?action=list&details=None").statusCode());
      int status;
      int refused = 0;
      long deadline = System.nanoTime() + 30_000_000_000L;
      // The event we wait for is the window rolling over: poll until the API answers again.
      while ((status =
                  client.get("/api/2.0/fo/asset/host/?action=list&details=None").statusCode())
              == 409
          && System.nanoTime() < deadline) {
        refused++;
        Thread.sleep(100);
      }
      assertEquals(200, status, "answers again after its window");
      assertEquals((long) refused, sim.metrics().http409ByCode().getOrDefault("1965", 0L));
    }
  }

  @Test
  void v2HeadersComeInQualysOrderAndQpsHasNone() throws Exception {
    try (var sim = QualysSimulator.start(Sims.options().hosts(5).build())) {
      var v2 = RawHttp.get(sim.port(), "/api/2.0/fo/asset/host/?action=list");
      var qps = RawHttp.get(sim.port(), "/qps/rest/portal/version");
      v2.socket().close();
      qps.socket().close();

      var names = RawHttp.names(v2);
      List<String> limitHeaders = names.stream().filter(n -> n.startsWith("x-")).toList();
      assertEquals(
          List.of(
              "x-ratelimit-limit",
              "x-ratelimit-window-sec",
              "x-concurrency-limit-limit",
              "x-concurrency-limit-running",
              "x-ratelimit-towait-sec",
              "x-ratelimit-remaining",
              "x-powered-by"),
          limitHeaders);
      assertTrue(
          v2.headers().contains("Transfer-Encoding: chunked"), v2.headers().toString());
      assertTrue(v2.headers().stream()
          .anyMatch(h -> h.matches("X-Powered-By: Qualys:USPOD3:[0-9a-f-]{36}:[0-9a-f-]{36}")));
      assertTrue(RawHttp.names(qps).stream()
          .noneMatch(n -> n.startsWith("x-ratelimit") || n.startsWith("x-concurrency")));
    }
  }

  @Test
  void manySlowCallsRunInParallel() throws Exception {
    try (var sim = QualysSimulator.start(Sims.options()
        .hosts(20)
        .concurrencyLimit(0)
        .rateLimit(0)
        .latencyMs(1_000)
        .build())) {
      var client = new SimClient(sim);
      var calls = new java.util.ArrayList<CompletableFuture<HttpResponse<String>>>();
      for (int i = 0; i < 60; i++) {
        calls.add(client
            .http()
            .sendAsync(client.request(DETECTIONS).build(), HttpResponse.BodyHandlers.ofString()));
      }
      for (var call : calls) {
        assertEquals(200, call.get().statusCode());
        assertEquals(
            Integer.toString(Integer.MAX_VALUE),
            call.get().headers().firstValue("X-Concurrency-Limit-Limit").orElseThrow(),
            "a disabled limit shows no limit");
      }
      // In parallel is an event, not a duration: at least half of the calls were in flight at once.
      assertTrue(
          sim.metrics().maxConcurrency().get("detection") >= 30,
          "calls in flight at once: " + sim.metrics().maxConcurrency());
    }
  }

  static void awaitRunning(QualysSimulator sim, String api, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (sim.metrics().running().get(api) != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            api + " running " + sim.metrics().running().get(api) + ", expected " + expected);
      }
      Thread.sleep(20);
    }
  }
}
