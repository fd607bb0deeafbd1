package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Crawls the simulator the way the Qualys plugin will (host list, host assets, detections in id
 * batches, knowledge base, web apps, findings) and checks every ground-truth count.
 */
class GroundTruthCrawlTest {
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options()
        .hosts(160)
        .detectionsPerHost(8)
        .qids(150)
        .webApps(12)
        .findingsPerWebApp(5)
        .staleHostShare(0.25)
        .fixedShare(0.15)
        .rateLimit(0)
        .build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @Test
  void defaultCrawlMatchesTheGroundTruth() {
    var crawl = crawl(Map.of(), Map.of(), List.of(), List.of());
    assertMatches(sim.expected(Map.of()), crawl);
  }

  @Test
  void incrementalCrawlMatchesTheGroundTruth() {
    var crawl = crawl(
        Map.of("vm_scan_date_after", "2026-02-20T00:00:00Z"),
        Map.of(
            "severities",
            "3,4,5",
            "status",
            "New,Active,Re-Opened,Fixed",
            "show_igs",
            "1",
            "detection_updated_since",
            "2026-02-10T00:00:00Z"),
        List.of(
            new Qps.C("isScanned", "EQUALS", "true"),
            new Qps.C("lastScan.date", "GREATER", "2026-02-22T00:00:00Z")),
        List.of(new Qps.C("lastDetectedDate", "GREATER", "2026-02-01T00:00:00Z")));
    var expected = sim.expected(Map.of(
        "scanned_after",
        "2026-02-20T00:00:00Z",
        "severities",
        "3,4,5",
        "statuses",
        "New,Active,Re-Opened,Fixed",
        "types",
        "Confirmed,Potential,Info",
        "detections_updated_after",
        "2026-02-10T00:00:00Z",
        "webapps_scanned_after",
        "2026-02-22T00:00:00Z",
        "findings_detected_after",
        "2026-02-01T00:00:00Z"));
    assertMatches(expected, crawl);
    assertTrue(expected.fixedHostFindings() > 0);
    assertTrue(expected.hosts() < 160);
  }

  private static void assertMatches(ExpectedCounts expected, Crawl crawl) {
    assertEquals(expected.hosts(), crawl.hosts);
    assertEquals(expected.hostAssets(), crawl.hostAssets);
    assertEquals(expected.ec2Hosts(), crawl.ec2Hosts);
    assertEquals(expected.publicIpHosts(), crawl.publicIpHosts);
    assertEquals(expected.hostsWithFindings(), crawl.hostsWithFindings.size());
    assertEquals(expected.hostFindings(), crawl.hostFindings.size());
    assertEquals(expected.fixedHostFindings(), crawl.fixed);
    assertEquals(expected.distinctQids(), crawl.qidCves.size());
    assertEquals(
        expected.cves(),
        crawl.qidCves.values().stream().flatMap(List::stream).distinct().count());
    assertEquals(
        expected.qidsWithoutCve(),
        crawl.qidCves.values().stream().filter(List::isEmpty).count());
    assertEquals(expected.findingVulnerabilityLinks(), crawl.links());
    assertEquals(expected.webApps(), crawl.webApps);
    assertEquals(expected.webAppFindings(), crawl.webAppFindings.size());
    assertTrue(expected.hostFindings() > 0 && expected.webAppFindings() > 0 && expected.cves() > 0);
  }

  /** What a client collected. */
  private static final class Crawl {
    long hosts;
    long hostAssets;
    long ec2Hosts;
    long publicIpHosts;
    long fixed;
    long webApps;
    final Set<Long> hostsWithFindings = new HashSet<>();
    final Map<String, Integer> hostFindings = new HashMap<>();
    final Map<String, Integer> webAppFindings = new HashMap<>();
    final Map<Integer, List<String>> qidCves = new HashMap<>();

    long links() {
      long links = 0;
      for (int qid : hostFindings.values()) {
        links += Math.max(1, qidCves.get(qid).size());
      }
      for (int qid : webAppFindings.values()) {
        links += Math.max(1, qidCves.get(qid).size());
      }
      return links;
    }
  }

  private static Crawl crawl(
      Map<String, String> hostFilter,
      Map<String, String> detectionFilter,
      List<Qps.C> appCriteria,
      List<Qps.C> findingCriteria) {
    var crawl = new Crawl();
    var hostIds = hostIds(hostFilter);
    crawl.hosts = hostIds.size();
    hostAssets(crawl, hostIds);
    for (int i = 0; i < hostIds.size(); i += 40) {
      detections(crawl, hostIds.subList(i, Math.min(hostIds.size(), i + 40)), detectionFilter);
    }
    var appIds = webApps(crawl, appCriteria);
    for (int i = 0; i < appIds.size(); i += 5) {
      findings(crawl, appIds.subList(i, Math.min(appIds.size(), i + 5)), findingCriteria);
    }
    knowledgeBase(crawl);
    return crawl;
  }

  private static List<String> hostIds(Map<String, String> filter) {
    var form = SimClient.form("action", "list", "details", "None", "truncation_limit", "50");
    form.putAll(filter);
    var ids = new ArrayList<String>();
    while (true) {
      var doc = Xml.parse(client.postForm("/api/2.0/fo/asset/host/", form).body());
      HostListApiTest.ids(doc).forEach(id -> ids.add(Long.toString(id)));
      String next = Pages.warningUrl(doc);
      if (next == null) {
        return ids;
      }
      form.put("id_min", Pages.idMin(next));
    }
  }

  private static void hostAssets(Crawl crawl, List<String> hostIds) {
    for (int i = 0; i < hostIds.size(); i += 50) {
      var batch = hostIds.subList(i, Math.min(hostIds.size(), i + 50));
      var doc = Xml.parse(client
          .postXml(
              Qps.HOST_ASSETS,
              Qps.request(
                  Map.of("limitResults", "50"),
                  List.of(new Qps.C("qwebHostId", "IN", String.join(",", batch)))))
          .body());
      for (Element asset : Xml.all(doc, "HostAsset")) {
        crawl.hostAssets++;
        crawl.ec2Hosts += Xml.all(asset, "Ec2AssetSourceSimple").isEmpty() ? 0 : 1;
        crawl.publicIpHosts += isPublic(Xml.text(asset, "address")) ? 1 : 0;
      }
    }
  }

  private static void detections(Crawl crawl, List<String> batch, Map<String, String> filter) {
    var form = SimClient.form(
        "action",
        "list",
        "ids",
        String.join(",", batch),
        "truncation_limit",
        "15",
        "show_results",
        "0");
    form.putAll(filter);
    while (true) {
      var page = Pages.detections(
          client.postForm("/api/2.0/fo/asset/host/vm/detection/", form).body());
      for (Element host : Xml.all(page.doc(), "HOST")) {
        long id = Long.parseLong(Xml.text(host, "ID"));
        crawl.hostsWithFindings.add(id);
        for (Element d : Xml.all(host, "DETECTION")) {
          String key = id + "|" + Xml.text(d, "PORT") + "|" + Xml.text(d, "PROTOCOL") + "|"
              + Xml.text(d, "QID") + "|" + Xml.text(d, "SSL") + "|" + Xml.text(d, "TYPE");
          crawl.hostFindings.put(key, Integer.parseInt(Xml.text(d, "QID")));
          crawl.fixed += "Fixed".equals(Xml.text(d, "STATUS")) ? 1 : 0;
        }
      }
      if (page.nextUrl() == null) {
        return;
      }
      form.put("id_min", Pages.idMin(page.nextUrl()));
    }
  }

  private static List<String> webApps(Crawl crawl, List<Qps.C> criteria) {
    var ids = new ArrayList<String>();
    var doc = Xml.parse(client
        .postXml(Qps.WEB_APPS, Qps.request(Map.of("limitResults", "1000"), criteria))
        .body());
    Xml.all(doc, "WebApp").forEach(a -> ids.add(Xml.text(a, "id")));
    crawl.webApps = ids.size();
    return ids;
  }

  private static void findings(Crawl crawl, List<String> appIds, List<Qps.C> criteria) {
    String lastId = null;
    while (true) {
      var all = new ArrayList<>(criteria);
      all.add(new Qps.C("webApp.id", "IN", String.join(",", appIds)));
      if (lastId != null) {
        all.add(new Qps.C("id", "GREATER", lastId));
      }
      var doc = Xml.parse(client
          .postXml(Qps.FINDINGS, Qps.request(Map.of("limitResults", "4"), all))
          .body());
      Xml.all(doc, "Finding")
          .forEach(f -> crawl.webAppFindings.put(
              Xml.text(f, "uniqueId"), Integer.parseInt(Xml.text(f, "qid"))));
      if (!Qps.hasMore(doc)) {
        return;
      }
      lastId = Qps.lastId(doc);
    }
  }

  private static void knowledgeBase(Crawl crawl) {
    var qids = new ArrayList<>(new HashSet<Integer>(crawl.hostFindings.values()));
    qids.addAll(new HashSet<>(crawl.webAppFindings.values()));
    for (int i = 0; i < qids.size(); i += 60) {
      var batch = qids.subList(i, Math.min(qids.size(), i + 60)).stream()
          .map(String::valueOf)
          .toList();
      var doc = Xml.parse(client
          .postForm(
              "/api/2.0/fo/knowledge_base/vuln/",
              SimClient.form("action", "list", "details", "All", "ids", String.join(",", batch)))
          .body());
      for (Element vuln : Xml.all(doc, "VULN")) {
        var cves = Xml.all(vuln, "CVE").stream().map(c -> Xml.text(c, "ID")).toList();
        crawl.qidCves.put(Integer.parseInt(Xml.text(vuln, "QID")), cves);
      }
    }
    assertEquals(
        new HashSet<>(qids).size(),
        crawl.qidCves.size(),
        "every QID in use is in the knowledge base");
  }

  static boolean isPublic(String ip) {
    String[] p = ip.split("\\.");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    return !(a == 10
        || a == 127
        || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168)
        || (a == 169 && b == 254)
        || (a == 100 && b >= 64 && b <= 127));
  }
}
