package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class HostAssetApiTest {
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options().hosts(90).staleHostShare(0.2).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  private static Document search(Map<String, String> preferences, List<Qps.C> criteria) {
    var response = client.postXml(Qps.HOST_ASSETS, Qps.request(preferences, criteria));
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("X-RateLimit-Limit").isEmpty(), "QPS sends no limit headers");
    return Xml.parse(response.body());
  }

  @Test
  void assetsHaveTheRecordedShape() {
    var doc = search(Map.of("limitResults", "90"), List.of());
    var root = doc.getDocumentElement();

    assertEquals("ServiceResponse", root.getTagName());
    assertTrue(root.getAttribute("xsi:noNamespaceSchemaLocation")
        .endsWith("/qps/xsd/2.0/am/hostasset.xsd"));
    assertEquals(
        List.of("responseCode", "count", "hasMoreRecords", "lastId", "data"), Xml.childNames(root));
    assertEquals(90, Qps.count(doc));
    var accountIds = new ArrayList<String>();
    for (Element asset : Xml.all(doc, "HostAsset")) {
      assertEquals(
          List.of("id", "name", "created", "modified", "type", "tags", "sourceInfo", "qwebHostId"),
          Xml.childNames(asset).subList(0, 8));
      assertFalse(Xml.children(Xml.children(asset, "tags").get(0), "list").isEmpty());
      var sources = Xml.childNames(
          Xml.children(Xml.children(asset, "sourceInfo").get(0), "list").get(0));
      boolean ec2 = "INSTANCE_ID".equals(Xml.text(asset, "trackingMethod"));
      assertEquals(List.of(ec2 ? "Ec2AssetSourceSimple" : "AssetSource"), sources);
      if (ec2) {
        var source = Xml.all(asset, "Ec2AssetSourceSimple").get(0);
        accountIds.add(Xml.text(source, "accountId"));
        assertFalse(Xml.all(source, "EC2Tags").isEmpty());
        assertTrue(Xml.text(source, "instanceId").startsWith("i-"));
        assertFalse(Xml.all(asset, "HostAssetInterface").isEmpty());
      }
    }
    assertEquals(sim.expected(Map.of()).ec2Hosts(), accountIds.size());
    assertTrue(accountIds.stream().allMatch(id -> id.matches("\\d{12}")));
    assertTrue(accountIds.stream().anyMatch(id -> id.startsWith("0")));
  }

  @Test
  void pagingWithIdGreaterReturnsEveryAssetOnce() {
    var ids = new ArrayList<Long>();
    var criteria = new ArrayList<Qps.C>();
    while (true) {
      var doc = search(Map.of("limitResults", "25"), criteria);
      Xml.all(doc, "HostAsset").forEach(a -> ids.add(Long.parseLong(Xml.text(a, "id"))));
      if (!Qps.hasMore(doc)) {
        break;
      }
      criteria.clear();
      criteria.add(new Qps.C("id", "GREATER", Qps.lastId(doc)));
    }
    assertEquals(90, ids.size());
    assertEquals(90, new HashSet<>(ids).size());
  }

  @Test
  void pagingWithStartFromOffsetReturnsEveryAssetOnce() {
    var ids = new HashSet<Long>();
    int offset = 1;
    int pages = 0;
    while (true) {
      var doc = search(
          Map.of("limitResults", "40", "startFromOffset", Integer.toString(offset)), List.of());
      Xml.all(doc, "HostAsset")
          .forEach(a -> assertTrue(ids.add(Long.parseLong(Xml.text(a, "qwebHostId")))));
      pages++;
      if (!Qps.hasMore(doc)) {
        break;
      }
      offset += 40;
    }
    assertEquals(3, pages);
    assertEquals(90, ids.size());
  }

  @Test
  void qwebHostIdInSkipsUnknownIds() {
    var all = search(Map.of("limitResults", "5"), List.of());
    var hostIds = Xml.texts(all, "qwebHostId");
    var doc = search(
        Map.of(), List.of(new Qps.C("qwebHostId", "IN", String.join(",", hostIds) + ",1,2")));
    assertEquals(5, Qps.count(doc));
    assertEquals(hostIds, Xml.texts(doc, "qwebHostId"));
  }

  @Test
  void lastVulnScanGreaterAgreesWithTheGroundTruth() {
    var doc = search(
        Map.of("limitResults", "1000"),
        List.of(new Qps.C("lastVulnScan", "GREATER", "2026-02-20T00:00:00Z")));
    assertEquals(
        sim.expected(Map.of("scanned_after", "2026-02-20T00:00:00Z")).hostAssets(), Qps.count(doc));
  }

  @Test
  void badCriteriaAnswerInvalidRequestWithHttp200() {
    var doc = search(Map.of(), List.of(new Qps.C("qwebHostId", "IN", "abc123")));
    assertEquals("INVALID_REQUEST", Qps.responseCode(doc));
    assertEquals(
        "Criteria: Invalid value format for criteria 'qwebHostId' (abc123).",
        Xml.texts(doc, "errorMessage").get(0));
    assertEquals(
        "Specify criteria value(s) as Long.", Xml.texts(doc, "errorResolution").get(0));
    assertEquals(
        "INVALID_REQUEST",
        Qps.responseCode(search(Map.of(), List.of(new Qps.C("colour", "EQUALS", "red")))));
    assertEquals(
        "INVALID_REQUEST",
        Qps.responseCode(search(Map.of(), List.of(new Qps.C("os", "GREATER", "x")))));
  }

  @Test
  void emptyResultHasOnlyResponseCodeAndCount() {
    var doc = search(Map.of(), List.of(new Qps.C("qwebHostId", "EQUALS", "5")));
    assertEquals(List.of("responseCode", "count"), Xml.childNames(doc.getDocumentElement()));
    assertEquals(0, Qps.count(doc));
  }

  @Test
  void limitResultsDefaultsTo100AndCapsAt1000() {
    var big =
        QualysSimulator.start(Sims.options().hosts(1_050).detectionsPerHost(0).build());
    try {
      var bigClient = new SimClient(big);
      var byDefault =
          Xml.parse(bigClient.postXml(Qps.HOST_ASSETS, "<ServiceRequest/>").body());
      var capped = Xml.parse(bigClient
          .postXml(Qps.HOST_ASSETS, Qps.request(Map.of("limitResults", "5000"), List.of()))
          .body());
      assertEquals(100, Qps.count(byDefault));
      assertEquals(1000, Qps.count(capped));
      assertTrue(Qps.hasMore(capped));
    } finally {
      big.stop();
    }
  }
}
