package dev.graphwright.qualys.client.was;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.qps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.test.CountingMetrics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WasTest {

  private static final String APPS = "/qps/rest/3.0/search/was/webapp";
  private static final String FINDINGS = "/qps/rest/3.0/search/was/finding";
  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = WireMockSupport.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private QualysClient client() {
    return QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server))
            .wasWebAppIdsPerRequest(2)
            .build(),
        new CountingMetrics(),
        new MemoryArchive());
  }

  @Test
  void scannedWebAppsSinceADateUseGreater() {
    server.stubFor(post(urlPathEqualTo(APPS)).willReturn(qps(TestClients.fixture("webapps.xml"))));
    var collected = new Collected<WebApp>();

    try (var client = client()) {
      client.forEachWebApp(new WebAppQuery(Instant.parse("2026-01-01T00:00:00Z")), collected);
    }

    server.verify(postRequestedFor(urlPathEqualTo(APPS))
        .withRequestBody(
            containing("<Criteria field=\"isScanned\" operator=\"EQUALS\">true</Criteria>"))
        .withRequestBody(
            containing(
                "<Criteria field=\"lastScan.date\" operator=\"GREATER\">2026-01-01T00:00:00Z</Criteria>"))
        .withRequestBody(containing("<limitResults>250</limitResults>")));
    assertEquals(1, collected.records.size());
    WebApp app = collected.records.getFirst();
    assertEquals(
        new WebApp(
            "880002",
            "Shop & Checkout",
            "https://shop.example.test",
            Instant.parse("2025-09-10T00:01:33Z"),
            Instant.parse("2026-01-10T00:29:13Z"),
            List.of("External", "PCI"),
            app.rawRef()),
        app);
  }

  @Test
  void findingsParseAndPageByLastIdPerChunk() {
    server.stubFor(post(urlPathEqualTo(FINDINGS))
        .withRequestBody(containing(">880002,880003<"))
        .withRequestBody(notContaining("\"id\" operator=\"GREATER\""))
        .willReturn(qps(TestClients.fixture("findings.xml")
            .replace(
                "<hasMoreRecords>false</hasMoreRecords>",
                "<hasMoreRecords>true</hasMoreRecords>"))));
    server.stubFor(post(urlPathEqualTo(FINDINGS))
        .withRequestBody(containing(">880002,880003<"))
        .withRequestBody(
            containing("<Criteria field=\"id\" operator=\"GREATER\">3300002</Criteria>"))
        .willReturn(
            qps(PageXml.qps("<Finding><id>3300009</id><qid>150003</qid></Finding>", false, null))));
    server.stubFor(post(urlPathEqualTo(FINDINGS))
        .withRequestBody(containing(">880004<"))
        .willReturn(qps(PageXml.qps("", false, null))));
    var collected = new Collected<WebAppFinding>();

    try (var client = client()) {
      client.forEachWebAppFinding(
          List.of("880002", "880003", "880004"),
          new FindingQuery(Instant.parse("2026-01-31T00:00:00Z")),
          collected,
          collected);
    }

    assertEquals(List.of(), collected.failures);
    assertEquals(
        List.of("3300001", "3300002", "3300009"),
        collected.records.stream().map(WebAppFinding::id).sorted().toList());
    server.verify(
        3,
        postRequestedFor(urlPathEqualTo(FINDINGS))
            .withRequestBody(
                containing(
                    "<Criteria field=\"lastDetectedDate\" operator=\"GREATER\">2026-01-31T00:00:00Z</Criteria>")));
    WebAppFinding xss = collected.records.stream()
        .filter(f -> "3300001".equals(f.id()))
        .findFirst()
        .orElseThrow();
    assertEquals(
        new WebAppFinding(
            "3300001",
            "0f6a1c2e-1111-4222-8333-444455556666",
            "150001",
            "Reflected Cross-Site Scripting",
            "VULNERABILITY",
            "QUALYS",
            5,
            "https://shop.example.test/search?q=x",
            "ACTIVE",
            false,
            Instant.parse("2025-12-01T00:00:00Z"),
            Instant.parse("2026-02-01T00:00:00Z"),
            Instant.parse("2026-02-02T00:00:00Z"),
            null,
            4,
            false,
            new WebAppRef("880002", "Shop & Checkout", "https://shop.example.test"),
            6.1,
            xss.rawRef()),
        xss);
    WebAppFinding ig = collected.records.stream()
        .filter(f -> "3300002".equals(f.id()))
        .findFirst()
        .orElseThrow();
    assertNull(ig.status());
    assertNull(ig.url());
    assertNull(ig.timesDetected());
    assertEquals(Instant.parse("2026-02-03T00:00:00Z"), ig.fixedDate());
    assertEquals(new WebAppRef("880002", null, null), ig.webApp());
  }

  @Test
  void aFindingWhoseShapeDoesNotFitIsReportedAndThePageGoesOn() {
    server.stubFor(post(urlPathEqualTo(FINDINGS))
        .willReturn(qps(PageXml.qps(
            "<Finding><id>3300011</id><uniqueId>u-11</uniqueId><webApp>not an element group"
                + "</webApp></Finding>"
                + "<Finding><id>3300012</id><uniqueId>u-12</uniqueId><qid>150012</qid>"
                + "<cvssV3><base>7.5</base></cvssV3></Finding>",
            false,
            null))));
    var collected = new Collected<WebAppFinding>();

    try (var client = client()) {
      client.forEachWebAppFinding(List.of("880005"), new FindingQuery(null), collected, collected);
    }

    assertEquals(1, collected.errors.size(), collected.errors.toString());
    var reported = collected.errors.getFirst().getMessage();
    assertTrue(reported.contains("Finding skipped"), reported);
    assertEquals(
        List.of("3300012"), collected.records.stream().map(WebAppFinding::id).toList());
    assertEquals(7.5, collected.records.getFirst().cvssV3Base());
  }
}
