package dev.graphwright.qualys.client.am;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.qps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.test.CountingMetrics;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostAssetTest {

  private static final String PATH = "/qps/rest/2.0/search/am/hostasset";
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

  private QualysClient client(int idsPerRequest) {
    return QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server))
            .hostAssetsPerRequest(idsPerRequest)
            .build(),
        new CountingMetrics(),
        new MemoryArchive());
  }

  @Test
  void fixtureAssetsParseToTheirValues() {
    server.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(qps(TestClients.fixture("host-assets.xml"))));
    var collected = new Collected<HostAsset>();

    try (var client = client(250)) {
      client.forEachHostAsset(List.of("1001", "1002", "1003"), collected, collected);
    }

    assertEquals(List.of(), collected.failures);
    List<HostAsset> assets = collected.records;
    assertEquals(
        List.of("7001", "7002", "7003"), assets.stream().map(HostAsset::id).toList());
    HostAsset ec2 = assets.getFirst();
    assertEquals("1001", ec2.qwebHostId());
    assertEquals("web-01", ec2.name());
    assertEquals(Instant.parse("2025-05-01T10:00:00Z"), ec2.created());
    assertEquals(Instant.parse("2026-02-01T11:00:00Z"), ec2.modified());
    assertEquals("Linux", ec2.os());
    assertEquals("web-01.example.test", ec2.dnsHostName());
    assertEquals("web-01.example.test", ec2.fqdn());
    assertEquals("10.9.8.7", ec2.address());
    assertEquals("INSTANCE_ID", ec2.trackingMethod());
    assertEquals(List.of("Cloud Agent", "PCI"), ec2.tags());
    assertEquals(
        List.of(
            new NetworkInterface("ip-10-9-8-7", "PRIVATE", "10.9.8.7"),
            new NetworkInterface(null, "PUBLIC", "198.51.100.7")),
        ec2.networkInterfaces());
    assertEquals(
        new Ec2Source(
            "eu-west-3",
            "000123456789",
            "i-0fedcba9876543210",
            "t3.small",
            "RUNNING",
            "eu-west-3a",
            "r-0123456789abcdef0",
            "subnet-0aa",
            "vpc-0bb",
            "ami-0cc",
            "ip-10-9-8-7.eu-west-3.compute.internal",
            "ec2-198-51-100-7.eu-west-3.compute.amazonaws.com",
            "10.9.8.7",
            "198.51.100.7",
            Instant.parse("2025-05-01T10:00:00Z"),
            Instant.parse("2026-02-01T11:00:00Z"),
            "web-sg",
            false,
            Map.of("Team", "Payments", "Name", "web-01")),
        ec2.ec2());
    assertEquals(List.of(), ec2.wrongShapeFields());

    HostAsset legacy = assets.get(1);
    assertEquals(List.of("Legacy"), legacy.tags(), "legacy tags/TAG/NAME");
    assertEquals("12345", legacy.fqdn(), "a numeric fqdn stays text");
    assertNull(legacy.os(), "an os with child elements becomes null");
    assertEquals(List.of("os"), legacy.wrongShapeFields());
    assertEquals("LEGACY-02", legacy.netbiosName());
    assertEquals(Instant.parse("2026-01-15T08:09:10Z"), legacy.lastVulnScan());
    assertNull(legacy.ec2());
    assertEquals(List.of(), legacy.networkInterfaces());

    HostAsset bare = assets.get(2);
    assertEquals(List.of(), bare.tags());
    assertNull(bare.created());
    assertNull(bare.ec2());
  }

  @Test
  void batchesAndPagesByLastId() {
    String asset = "<HostAsset><id>%s</id><qwebHostId>%s</qwebHostId></HostAsset>";
    server.stubFor(post(urlPathEqualTo(PATH))
        .withRequestBody(containing(">11,12<"))
        .withRequestBody(notContaining("GREATER"))
        .willReturn(qps(PageXml.qps(asset.formatted(501, 11), true, "501"))));
    server.stubFor(post(urlPathEqualTo(PATH))
        .withRequestBody(containing(">11,12<"))
        .withRequestBody(containing("<Criteria field=\"id\" operator=\"GREATER\">501</Criteria>"))
        .willReturn(qps(PageXml.qps(asset.formatted(502, 12), false, "502"))));
    server.stubFor(post(urlPathEqualTo(PATH))
        .withRequestBody(containing(">13<"))
        .willReturn(qps(PageXml.qps(asset.formatted(503, 13), false, null))));
    var collected = new Collected<HostAsset>();

    try (var client = client(2)) {
      client.forEachHostAsset(List.of("11", "12", "13"), collected, collected);
    }

    assertEquals(
        List.of("501", "502", "503"),
        collected.records.stream()
            .map(HostAsset::id)
            .sorted(Comparator.naturalOrder())
            .toList());
    server.verify(
        3,
        postRequestedFor(urlPathEqualTo(PATH))
            .withHeader("Content-Type", containing("text/xml"))
            .withRequestBody(containing("<limitResults>2</limitResults>"))
            .withRequestBody(containing("<Criteria field=\"qwebHostId\" operator=\"IN\">")));
    server.verify(postRequestedFor(urlPathEqualTo(PATH))
        .withHeader("X-Requested-With", equalTo("graphwright-test")));
  }

  @Test
  void emptyResultHasNoData() {
    server.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(
                qps(
                    "<ServiceResponse><responseCode>SUCCESS</responseCode><count>0</count></ServiceResponse>")));
    var collected = new Collected<HostAsset>();

    try (var client = client(250)) {
      client.forEachHostAsset(List.of("99"), collected, collected);
    }

    assertEquals(List.of(), collected.records);
    assertEquals(List.of(), collected.failures);
  }
}
