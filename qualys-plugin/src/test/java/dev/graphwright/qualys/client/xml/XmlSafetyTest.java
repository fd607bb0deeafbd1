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
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.test.CountingMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlSafetyTest {

  private static final String HOSTS = "/api/2.0/fo/asset/host/";
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
