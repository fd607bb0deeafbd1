package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class WasApiTest {
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(
        Sims.options().hosts(5).webApps(60).findingsPerWebApp(6).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  private static Document search(
      String path, Map<String, String> preferences, List<Qps.C> criteria) {
    var response = client.postXml(path, Qps.request(preferences, criteria));
    assertEquals(200, response.statusCode());
    return Xml.parse(response.body());
  }

  @Test
  void webAppsHaveTheRecordedShape() {
    var plain = search(Qps.WEB_APPS, Map.of("limitResults", "1000"), List.of());
    var verbose =
        search(Qps.WEB_APPS, Map.of("limitResults", "1000", "verbose", "true"), List.of());

    assertEquals(60, Qps.count(plain));
    var app = Xml.all(plain, "WebApp").get(0);
    assertEquals(
        List.of("id", "name", "url", "owner", "tags", "createdDate", "updatedDate"),
        Xml.childNames(app));
    assertTrue(Xml.all(plain, "lastScan").isEmpty(), "lastScan only in verbose output");
    assertTrue(Xml.all(verbose, "lastScan").size() > 40);
    var names = Xml.all(plain, "WebApp").stream().map(a -> Xml.text(a, "name")).toList();
    var urls = Xml.all(plain, "WebApp").stream().map(a -> Xml.text(a, "url")).toList();
    assertEquals(60, new HashSet<>(urls).size(), "urls are unique");
    assertTrue(new HashSet<>(names).size() < 60, "some names are shared");
  }

  @Test
  void webAppPagingWorksByOffsetAndByIdGreater() {
    var byOffset = new ArrayList<String>();
    for (int offset = 1; ; offset += 25) {
      var doc = search(
          Qps.WEB_APPS,
          Map.of("limitResults", "25", "startFromOffset", Integer.toString(offset)),
          List.of());
      Xml.all(doc, "WebApp").forEach(a -> byOffset.add(Xml.text(a, "id")));
      if (!Qps.hasMore(doc)) {
        break;
      }
    }
    var byId = new ArrayList<String>();
    String lastId = null;
    while (true) {
      var criteria =
          lastId == null ? List.<Qps.C>of() : List.of(new Qps.C("id", "GREATER", lastId));
      var doc = search(Qps.WEB_APPS, Map.of("limitResults", "25"), criteria);
      Xml.all(doc, "WebApp").forEach(a -> byId.add(Xml.text(a, "id")));
      if (!Qps.hasMore(doc)) {
        break;
      }
      lastId = Qps.lastId(doc);
    }
    assertEquals(60, byId.size());
    assertEquals(byId, byOffset);
  }

  @Test
  void webAppFiltersAgreeWithTheGroundTruth() {
    var scanned = search(
        Qps.WEB_APPS,
        Map.of("limitResults", "1000"),
        List.of(
            new Qps.C("isScanned", "EQUALS", "true"),
            new Qps.C("lastScan.date", "GREATER", "2026-02-22T12:00:00Z")));
    assertEquals(
        sim.expected(Map.of("webapps_scanned_after", "2026-02-22T12:00:00Z")).webApps(),
        Qps.count(scanned));
    assertTrue(Qps.count(scanned) > 10);
  }

  @Test
  void lastScanDateEqualsFindsNothing() {
    var verbose = search(
        Qps.WEB_APPS,
        Map.of("limitResults", "1000"),
        List.of(new Qps.C("isScanned", "EQUALS", "true")));
    assertTrue(Qps.count(verbose) > 0);
    var doc = search(
        Qps.WEB_APPS,
        Map.of(),
        List.of(new Qps.C("lastScan.date", "EQUALS", "2026-02-28T00:00:00Z")));
    assertEquals(0, Qps.count(doc));
    assertEquals(
        List.of("responseCode", "count", "hasMoreRecords", "data"),
        Xml.childNames(doc.getDocumentElement()));
  }

  @Test
  void findingsPagedByIdGreaterMatchTheGroundTruth() {
    var appIds =
        Xml.all(search(Qps.WEB_APPS, Map.of("limitResults", "1000"), List.of()), "WebApp").stream()
            .map(a -> Xml.text(a, "id"))
            .toList();
    var uniqueIds = new ArrayList<String>();
    // Ten applications per IN, as clients batch them.
    for (int i = 0; i < appIds.size(); i += 10) {
      String in = String.join(",", appIds.subList(i, Math.min(appIds.size(), i + 10)));
      String lastId = null;
      while (true) {
        var criteria = new ArrayList<>(List.of(new Qps.C("webApp.id", "IN", in)));
        if (lastId != null) {
          criteria.add(new Qps.C("id", "GREATER", lastId));
        }
        var doc = search(Qps.FINDINGS, Map.of("limitResults", "7"), criteria);
        Xml.all(doc, "Finding").forEach(f -> uniqueIds.add(Xml.text(f, "uniqueId")));
        if (!Qps.hasMore(doc)) {
          break;
        }
        lastId = Qps.lastId(doc);
      }
    }
    assertEquals(sim.expected(Map.of()).webAppFindings(), uniqueIds.size());
    assertEquals(uniqueIds.size(), new HashSet<>(uniqueIds).size());
  }

  @Test
  void findingShapesFollowTheirType() {
    var doc = search(Qps.FINDINGS, Map.of("limitResults", "1000"), List.of());
    for (Element f : Xml.all(doc, "Finding")) {
      assertEquals("QUALYS", Xml.text(f, "findingType"));
      assertTrue(Xml.text(f, "uniqueId").matches("[0-9a-f-]{36}"));
      assertNotNull(Xml.children(f, "webApp").get(0));
      if ("INFORMATION_GATHERED".equals(Xml.text(f, "type"))) {
        assertNull(Xml.text(f, "status"));
        assertNull(Xml.text(f, "url"));
        assertNull(Xml.text(f, "timesDetected"));
      } else {
        assertNotNull(Xml.text(f, "status"));
      }
    }
  }

  @Test
  void findingFiltersNarrowTheResult() {
    var all = Xml.all(search(Qps.FINDINGS, Map.of("limitResults", "1000"), List.of()), "Finding");
    var active = search(
        Qps.FINDINGS,
        Map.of("limitResults", "1000"),
        List.of(
            new Qps.C("status", "IN", "NEW,ACTIVE,REOPENED"),
            new Qps.C("type", "IN", "VULNERABILITY,SENSITIVE_CONTENT")));
    long wanted = all.stream()
        .map(f -> Xml.text(f, "status"))
        .filter(status -> status != null && List.of("NEW", "ACTIVE", "REOPENED").contains(status))
        .count();
    assertEquals(wanted, Qps.count(active));
    var recent = search(
        Qps.FINDINGS,
        Map.of("limitResults", "1000"),
        List.of(new Qps.C("lastDetectedDate", "GREATER", "2026-02-15T00:00:00Z")));
    assertEquals(
        sim.expected(Map.of("findings_detected_after", "2026-02-15T00:00:00Z")).webAppFindings(),
        Qps.count(recent));
  }

  @Test
  void badCriteriaAnswerInvalidRequest() {
    var scanned =
        search(Qps.WEB_APPS, Map.of(), List.of(new Qps.C("isScanned", "EQUALS", "undefined")));
    assertEquals("INVALID_REQUEST", Qps.responseCode(scanned));
    assertEquals(
        "Values expected: true, false.", Xml.texts(scanned, "errorResolution").get(0));
    var app = search(Qps.FINDINGS, Map.of(), List.of(new Qps.C("webApp.id", "IN", "abc123")));
    assertEquals(
        "Criteria: Invalid value format for criteria 'webApp.id' (abc123).",
        Xml.texts(app, "errorMessage").get(0));
  }

  @Test
  void unknownWebAppGivesAnEmptyFindingResult() {
    var doc = search(Qps.FINDINGS, Map.of(), List.of(new Qps.C("webApp.id", "EQUALS", "12")));
    assertEquals(List.of("responseCode", "count"), Xml.childNames(doc.getDocumentElement()));
    assertTrue(Xml.all(doc, "Finding").isEmpty());
  }
}
