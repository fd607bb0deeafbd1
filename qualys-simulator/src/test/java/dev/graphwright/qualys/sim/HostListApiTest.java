package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class HostListApiTest {
  private static final String PATH = "/api/2.0/fo/asset/host/";
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(
        Sims.options().hosts(150).staleHostShare(0.3).rateLimit(0).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @Test
  void detailsNoneListsEveryIdWithRangesForConsecutiveIds() {
    var doc = Xml.parse(
        client.get(PATH + "?action=list&details=None&truncation_limit=0").body());
    var ids = ids(doc);

    assertEquals(sim.expected(Map.of()).hosts(), ids.size());
    assertFalse(Xml.all(doc, "ID_RANGE").isEmpty(), "consecutive ids are compressed");
    assertFalse(Xml.all(doc, "ID").isEmpty(), "isolated ids stay single");
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i) > ids.get(i - 1), "ascending");
    }
    assertTrue(ids.get(ids.size() - 1) - ids.get(0) >= ids.size(), "there are gaps");
  }

  @Test
  void pagingByIdMinReturnsEveryHostOnce() {
    var seen = new ArrayList<Long>();
    String url = PATH + "?action=list&details=None&truncation_limit=13";
    while (url != null) {
      String body = client.get(url).body();
      var doc = Xml.parse(body);
      var page = ids(doc);
      assertTrue(page.size() <= 13);
      seen.addAll(page);
      url = Pages.warningUrl(doc);
      if (url != null) {
        assertTrue(body.contains("<URL><![CDATA[" + sim.baseUrl() + PATH
            + "?action=list&details=None&truncation_limit=13&id_min="));
        assertEquals(13, page.size());
      }
    }
    assertEquals(new HashSet<>(seen).size(), seen.size());
    assertEquals(150, seen.size());
  }

  @Test
  void basicAndAllDetailLevelsDiffer() {
    var basic = Xml.parse(client
        .get(PATH + "?action=list&truncation_limit=20&show_tags=1&host_metadata=ec2")
        .body());
    var all = Xml.parse(client
        .postForm(
            PATH, SimClient.form("action", "list", "details", "All", "truncation_limit", "20"))
        .body());

    assertEquals(20, Xml.all(basic, "HOST").size());
    assertTrue(Xml.all(basic, "LAST_VULN_SCAN_DATETIME").isEmpty());
    assertEquals(20, Xml.all(all, "LAST_VULN_SCAN_DATETIME").size());
    assertFalse(Xml.all(basic, "TAGS").isEmpty());
    assertTrue(Xml.all(all, "TAGS").isEmpty(), "tags only when asked");
    for (Element host : Xml.all(basic, "HOST")) {
      boolean ec2 = "EC2".equals(Xml.text(host, "TRACKING_METHOD"));
      assertEquals(ec2, !Xml.children(host, "METADATA").isEmpty());
      assertEquals(ec2, Xml.text(host, "EC2_INSTANCE_ID") != null);
    }
  }

  @Test
  void scanDateFiltersAgreeWithTheGroundTruth() {
    var recent = ids(Xml.parse(client
        .get(PATH + "?action=list&details=None&truncation_limit=0"
            + "&vm_scan_date_after=2026-02-20T00:00:00Z")
        .body()));
    var stale = ids(Xml.parse(client
        .get(PATH + "?action=list&details=None&truncation_limit=0"
            + "&vm_scan_date_before=2026-02-20T00:00:00Z")
        .body()));

    assertEquals(
        sim.expected(Map.of("scanned_after", "2026-02-20T00:00:00Z")).hosts(), recent.size());
    assertEquals(
        sim.expected(Map.of("scanned_before", "2026-02-20T00:00:00Z")).hosts(), stale.size());
    assertTrue(stale.size() > 20, "stale hosts exist");
    assertEquals(150, recent.size() + stale.size());
  }

  @Test
  void idsAndBoundsSelectHosts() {
    var all = ids(Xml.parse(
        client.get(PATH + "?action=list&details=None&truncation_limit=0").body()));
    long first = all.get(10);
    long last = all.get(30);
    var some = ids(Xml.parse(client
        .get(
            PATH + "?action=list&details=None&ids=" + (first - 1) + "-" + last + "&id_min=" + first)
        .body()));
    assertEquals(all.subList(10, 31), some);
  }

  @Test
  void noMatchGivesAnEmptyResponse() {
    var doc = Xml.parse(client.get(PATH + "?action=list&ids=1-5").body());
    assertEquals(List.of("DATETIME"), Xml.childNames(Xml.all(doc, "RESPONSE").get(0)));
    assertNull(Pages.warningUrl(doc));
  }

  /** Ids of a details=None page, ID_RANGE expanded. */
  static List<Long> ids(Document doc) {
    var ids = new ArrayList<Long>();
    var set = Xml.all(doc, "ID_SET");
    if (set.isEmpty()) {
      return ids;
    }
    for (org.w3c.dom.Node n = set.get(0).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("ID")) {
        ids.add(Long.parseLong(e.getTextContent()));
      } else if (n instanceof Element e && e.getTagName().equals("ID_RANGE")) {
        String[] bounds = e.getTextContent().split("-");
        for (long id = Long.parseLong(bounds[0]); id <= Long.parseLong(bounds[1]); id++) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
