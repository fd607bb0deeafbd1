package dev.graphwright.qualys.client.xml;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.api.error.PageException;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.test.CountingMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlSafetyTest {

  private static final String HOSTS = "/api/2.0/fo/asset/host/";
  private static final String KB = "/api/2.0/fo/knowledge_base/vuln/";
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
    server.stubFor(get(urlPathEqualTo("/evil.dtd"))
        .willReturn(aResponse().withBody("<!ENTITY leak \"LEAKED\">")));
    server.stubFor(
        get(urlPathEqualTo("/secret.txt")).willReturn(aResponse().withBody("TOP-SECRET")));
  }

  private List<String> hostIds(String body) {
    server.stubFor(post(urlPathEqualTo(HOSTS)).willReturn(v2(body)));
    var ids = new ArrayList<String>();
    try (var client = QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(),
        new CountingMetrics(),
        new MemoryArchive())) {
      client.forEachScannedHostId(HostIdQuery.all(), ids::add);
    }
    return ids;
  }

  /** The KB is read through the data binding, from the same hardened reader. */
  private Collected<KbVuln> vulnerabilities(String body) {
    server.stubFor(post(urlPathEqualTo(KB)).willReturn(v2(body)));
    var collected = new Collected<KbVuln>();
    try (var client = QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(),
        new CountingMetrics(),
        new MemoryArchive())) {
      client.forEachVulnerability(List.of("7"), collected, collected);
    }
    return collected;
  }

  private static String kbPage(String doctype, String title) {
    return "<?xml version=\"1.0\"?>\n" + doctype + "\n<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE>"
        + "<VULN_LIST><VULN><QID>7</QID><TITLE>" + title + "</TITLE></VULN></VULN_LIST>"
        + "</RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>";
  }

  @Test
  void theBindingReadsThroughTheSameHardenedReader() {
    var base = WireMockSupport.baseUrl(server);
    var fine = vulnerabilities(kbPage(
        "<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM \"" + base + "/evil.dtd\">", "Safe"));
    assertEquals("Safe", fine.records.getFirst().title(), "an external DTD is skipped");
    server.verify(0, getRequestedFor(urlPathEqualTo("/evil.dtd")));

    var leak = vulnerabilities(kbPage(
        "<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT [<!ENTITY xxe SYSTEM \"" + base
            + "/secret.txt\">]>",
        "&xxe;"));
    assertTrue(leak.records.isEmpty(), "no record carries an external entity");
    assertTrue(leak.errors.getFirst().getMessage().contains("xxe"), leak.errors.toString());
    server.verify(0, getRequestedFor(urlPathEqualTo("/secret.txt")));

    var bomb = vulnerabilities(kbPage(
        "<!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
        "&b;"));
    assertTrue(bomb.records.isEmpty(), "an internal entity is not expanded");
    assertTrue(bomb.errors.getFirst().getMessage().contains("b"), bomb.errors.toString());
  }

  @Test
  void externalDtdIsIgnoredNotFetched() {
    String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE HOST_LIST_OUTPUT SYSTEM \""
        + WireMockSupport.baseUrl(server) + "/evil.dtd\">\n"
        + "<HOST_LIST_OUTPUT><RESPONSE><ID_SET><ID>42</ID></ID_SET></RESPONSE></HOST_LIST_OUTPUT>";

    assertEquals(List.of("42"), hostIds(body));
    server.verify(0, getRequestedFor(urlPathEqualTo("/evil.dtd")));
  }

  @Test
  void externalEntityIsNeitherFetchedNorExpanded() {
    String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE HOST_LIST_OUTPUT [<!ENTITY xxe SYSTEM \""
        + WireMockSupport.baseUrl(server) + "/secret.txt\">]>\n"
        + "<HOST_LIST_OUTPUT><RESPONSE><ID_SET><ID>&xxe;</ID></ID_SET></RESPONSE></HOST_LIST_OUTPUT>";

    var error = assertThrows(PageException.class, () -> hostIds(body));
    assertTrue(error.getMessage().contains("xxe"), error.getMessage());
    server.verify(0, getRequestedFor(urlPathEqualTo("/secret.txt")));
  }

  @Test
  void entityExpansionBombDoesNotExpand() {
    var doctype =
        new StringBuilder("<!DOCTYPE HOST_LIST_OUTPUT [<!ENTITY lol0 \"lollollollollol\">");
    for (int i = 1; i <= 9; i++) {
      doctype
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    String body = "<?xml version=\"1.0\"?>\n" + doctype + "]>\n"
        + "<HOST_LIST_OUTPUT><RESPONSE><ID_SET><ID>&lol9;</ID></ID_SET></RESPONSE></HOST_LIST_OUTPUT>";

    var error = assertThrows(PageException.class, () -> hostIds(body));
    assertTrue(error.getMessage().contains("lol9"), error.getMessage());
  }
}
