package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class KnowledgeBaseApiTest {
  private static final String PATH = "/api/2.0/fo/knowledge_base/vuln/";
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options().hosts(5).qids(120).rateLimit(0).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @Test
  void wholeKnowledgeBaseHasHostAndWebAppQids() {
    var doc = Xml.parse(client.get(PATH + "?action=list").body());
    var qids = Xml.texts(doc, "QID").stream().map(Integer::parseInt).toList();

    assertEquals(120 + 40, qids.size());
    assertTrue(
        qids.stream().filter(q -> q >= 150_000 && q < 160_000).count() == 40,
        "WAS QIDs in the 150000 range");
    for (int i = 1; i < qids.size(); i++) {
      assertTrue(qids.get(i) > qids.get(i - 1));
    }
    var cveCounts =
        Xml.all(doc, "VULN").stream().map(v -> Xml.all(v, "CVE").size()).toList();
    assertTrue(
        cveCounts.contains(0) && cveCounts.contains(1) && cveCounts.stream().anyMatch(n -> n > 1),
        "QIDs without CVE, with one and with several");
  }

  @Test
  void vulnHasTheDtdShapeAndAKeepAliveCommentInsideResponse() {
    String body = client.get(PATH + "?action=list&details=All&ids=10000-10100").body();
    var doc = Xml.parse(body);
    Element response = Xml.all(doc, "RESPONSE").get(0);
    var kinds = new java.util.ArrayList<String>();
    for (Node n = response.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        kinds.add(e.getTagName());
      } else if (n instanceof Comment c) {
        kinds.add("comment:" + c.getData().trim());
      }
    }
    assertEquals(
        List.of("DATETIME", "comment:keep-alive for KNOWLEDGE_BASE_VULN_LIST_OUTPUT", "VULN_LIST"),
        kinds);
    assertTrue(body.contains("<DIAGNOSIS><![CDATA[<P>"), "HTML in CDATA");
    for (Element vuln : Xml.all(doc, "VULN")) {
      var names = Xml.childNames(vuln);
      assertTrue(
          names.containsAll(List.of(
              "QID",
              "VULN_TYPE",
              "SEVERITY_LEVEL",
              "TITLE",
              "PUBLISHED_DATETIME",
              "PATCHABLE",
              "DISCOVERY")),
          names.toString());
      assertEquals(List.of("QID", "VULN_TYPE", "SEVERITY_LEVEL", "TITLE"), names.subList(0, 4));
    }
  }

  @Test
  void unknownQidsAreOmittedAndBadOnesRejected() {
    var doc = Xml.parse(
        client.postForm(PATH, SimClient.form("action", "list", "ids", "1,2,3")).body());
    assertTrue(Xml.all(doc, "VULN").isEmpty());
    var bad = client.postForm(PATH, SimClient.form("action", "list", "ids", "abc123"));
    assertEquals(400, bad.statusCode());
    assertEquals("1905", Xml.texts(Xml.parse(bad.body()), "CODE").get(0));
  }

  @Test
  void detailsNoneListsQidsOnly() {
    var doc = Xml.parse(
        client.get(PATH + "?action=list&details=None&ids=150000-159999").body());
    assertEquals(40, Xml.all(doc, "ID").size());
    assertTrue(Xml.all(doc, "VULN").isEmpty());
  }
}
