package dev.graphwright.qualys.client.vm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.test.CountingMetrics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private static final String PATH = "/api/2.0/fo/knowledge_base/vuln/";
  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = WireMockSupport.start();
    server.stubFor(post(urlPathEqualTo(PATH)).willReturn(v2(TestClients.fixture("kb-vulns.xml"))));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void eachQidIsRequestedOnceAndEntriesParse() {
    var collected = new Collected<KbVuln>();

    try (var client = QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(),
        new CountingMetrics(),
        new MemoryArchive())) {
      client.forEachVulnerability(
          List.of("45678", "6", "45678", "abc", "38173", "6"), collected, collected);
    }

    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(PATH))
            .withFormParam("ids", equalTo("6,38173,45678"))
            .withFormParam("details", equalTo("All"))
            .withFormParam("action", equalTo("list")));
    assertEquals(1, collected.failures.size(), collected.errors.toString());
    assertTrue(collected.errors.getFirst().getMessage().contains("'abc'"));

    assertEquals(
        List.of("45678", "6", "38173"),
        collected.records.stream().map(KbVuln::qid).toList());
    KbVuln full = collected.records.getFirst();
    assertEquals(
        new KbVuln(
            "45678",
            "Vulnerability",
            4,
            "Example TLS Weakness",
            "General remote services",
            Instant.parse("2020-06-07T08:09:10Z"),
            Instant.parse("2026-01-02T03:04:05Z"),
            true,
            List.of(
                new Cve("CVE-2026-0001", "https://cve.example.test/CVE-2026-0001"),
                new Cve("CVE-2026-0002", "https://cve.example.test/CVE-2026-0002")),
            7.5,
            6.1,
            8.1,
            7.3,
            "<P>The server accepts <B>weak</B> ciphers.",
            "Traffic may be decrypted.",
            "Disable TLSv1.0.<BR>See <A HREF=\"https://example.test\">vendor</A>.",
            full.rawRef()),
        full);
    KbVuln single = collected.records.get(1);
    assertEquals(List.of(new Cve("CVE-1999-0001", null)), single.cves());
    assertEquals(false, single.patchable());
    KbVuln none = collected.records.get(2);
    assertEquals(List.of(), none.cves());
    assertNull(none.cvssBase(), "'n/a' is not a score");
    assertNull(none.category());
  }

  @Test
  void aVulnerabilityWhoseShapeDoesNotFitIsReportedAndThePageGoesOn() {
    var misfits = server.stubFor(post(urlPathEqualTo(PATH))
        .willReturn(v2("<?xml version=\"1.0\"?>"
            + "<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><VULN_LIST>"
            + "<VULN><QID>1</QID><CVSS>not a score group</CVSS><TITLE>Misfit</TITLE></VULN>"
            + "<VULN><QID>2</QID><TITLE><B>markup</B> where text belongs</TITLE></VULN>"
            + "<VULN><QID>3</QID><TITLE>  Fine  </TITLE><CVE_LIST><CVE><ID>CVE-2026-7</ID></CVE>"
            + "</CVE_LIST></VULN>"
            + "</VULN_LIST></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>")));
    var collected = new Collected<KbVuln>();
    try (var client = QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(),
        new CountingMetrics(),
        new MemoryArchive())) {
      client.forEachVulnerability(List.of("1", "2", "3"), collected, collected);
    } finally {
      server.removeStub(misfits);
    }
    assertEquals(1, collected.errors.size(), collected.errors.toString());
    assertTrue(
        collected.errors.getFirst().getMessage().contains("KB vulnerability skipped"),
        collected.errors.getFirst().getMessage());
    assertEquals(List.of("2", "3"), collected.records.stream().map(KbVuln::qid).toList());
    assertEquals(
        "where text belongs",
        collected.records.getFirst().title(),
        "of markup where text belongs, the text is kept");
    assertEquals("Fine", collected.records.get(1).title());
    assertEquals(List.of(new Cve("CVE-2026-7", null)), collected.records.get(1).cves());
  }
}
