package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
  private static QualysSimulator sim;
  private static SimClient client;
  private static SimClient wrongPassword;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options().hosts(10).build());
    client = new SimClient(sim);
    wrongPassword = new SimClient(sim.baseUrl(), "qualys-user", "nope");
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @AfterEach
  void noFaults() {
    sim.clearFaults();
  }

  @Test
  void badCredentialsGet401With2000AndNoLimitHeaders() {
    for (var response : List.of(
        wrongPassword.get("/api/2.0/fo/asset/host/?action=list"),
        wrongPassword.postXml("/qps/rest/2.0/search/am/hostasset", "<ServiceRequest/>"),
        client.send(HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/msp/about.php"))
            .build()))) {
      assertEquals(401, response.statusCode());
      assertEquals(
          "text/xml;charset=UTF-8",
          response.headers().firstValue("Content-Type").orElseThrow());
      var doc = Xml.parse(response.body());
      assertEquals("2000", Xml.texts(doc, "CODE").get(0));
      assertEquals("Bad Login/Password", Xml.texts(doc, "TEXT").get(0));
      assertTrue(
          response.headers().map().keySet().stream().noneMatch(h -> h.startsWith("x-")),
          response.headers().toString());
    }
  }

  @Test
  void missingRequestedWithIs400WithAClearText() {
    for (String path :
        List.of("/api/2.0/fo/knowledge_base/vuln/?action=list", "/qps/rest/portal/version")) {
      HttpResponse<String> response =
          client.send(HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + path))
              .header("Authorization", "Basic cXVhbHlzLXVzZXI6cXVhbHlzLXBhc3M=")
              .build());
      assertEquals(400, response.statusCode());
      assertTrue(Xml.texts(Xml.parse(response.body()), "TEXT").get(0).contains("X-Requested-With"));
    }
  }

  @Test
  void expiredAccountAnswers200With2001OnV2Only() {
    sim.setFaults(List.of("expired"));
    var v2 = client.get("/msp/about.php");
    var qps = client.get("/qps/rest/portal/version");

    assertEquals(200, v2.statusCode());
    assertEquals("2001", Xml.texts(Xml.parse(v2.body()), "CODE").get(0));
    assertEquals(
        "This account has expired.", Xml.texts(Xml.parse(v2.body()), "TEXT").get(0));
    assertEquals("SUCCESS", Qps.responseCode(Xml.parse(qps.body())));
    assertEquals(1, sim.metrics().faults("expired"));
  }

  @Test
  void qpsUnauthorizedAnswers200WithUnauthorizedOnQpsOnly() {
    sim.setFaults(List.of("qps-unauthorized"));
    var qps = Xml.parse(
        client.postXml("/qps/rest/3.0/search/was/webapp", "<ServiceRequest/>").body());
    var v2 = client.get("/api/2.0/fo/asset/host/?action=list&details=None");

    assertEquals("UNAUTHORIZED", Qps.responseCode(qps));
    assertEquals(
        "You are not authorized to access the application through the API.",
        Xml.texts(qps, "errorMessage").get(0));
    assertEquals(200, v2.statusCode());
    assertFalse(Xml.all(Xml.parse(v2.body()), "ID_SET").isEmpty());
  }

  @Test
  void credentialChecksAnswer() {
    var about = client.get("/msp/about.php");
    assertEquals(200, about.statusCode());
    assertFalse(Xml.all(Xml.parse(about.body()), "WEB-VERSION").isEmpty());
    assertEquals("2", about.headers().firstValue("X-Concurrency-Limit-Limit").orElseThrow());
    var version = client.get("/qps/rest/portal/version");
    assertEquals("SUCCESS", Qps.responseCode(Xml.parse(version.body())));
    assertTrue(version.headers().firstValue("X-RateLimit-Limit").isEmpty());
    var log =
        client.get("/api/2.0/fo/activity_log/?action=list&username=qualys-user&truncation_limit=1");
    assertEquals(
        "text/csv;charset=UTF-8", log.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(log.body().startsWith("----BEGIN_RESPONSE_BODY_CSV"));
    assertTrue(log.body().contains("id_max="));
  }
}
