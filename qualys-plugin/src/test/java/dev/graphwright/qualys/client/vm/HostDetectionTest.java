package dev.graphwright.qualys.client.vm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.test.CountingMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostDetectionTest {

  private static final String PATH = "/api/2.0/fo/asset/host/vm/detection/";
  private static WireMockServer server;

  private final CountingMetrics metrics = new CountingMetrics();
  private final MemoryArchive archive = new MemoryArchive();

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

  /** Records what the handler saw, per host, thread-safely. */
  static final class Recorder implements DetectionHandler {
    final List<DetectionHost> hosts = new CopyOnWriteArrayList<>();
    final Map<String, List<Detection>> detections = new ConcurrentHashMap<>();
    final List<String> ended = new CopyOnWriteArrayList<>();

    @Override
    public void onHost(DetectionHost host) {
      hosts.add(host);
      detections.put(host.id(), new CopyOnWriteArrayList<>());
    }

    @Override
    public void onDetection(DetectionHost host, Detection detection) {
      detections.get(host.id()).add(detection);
    }

    @Override
    public void onHostEnd(DetectionHost host) {
      ended.add(host.id());
    }
  }

  private QualysClient client() {
    return QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(), metrics, archive);
  }

  @Test
  void fixtureHostsAndDetectionsParseToTheirValues() {
    server.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(v2(TestClients.fixture("detections-two-hosts.xml"))));
    var recorder = new Recorder();
    var failures = new Collected<Object>();

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(1001, 1002)), DetectionQuery.defaults(), recorder, failures);
    }

    assertEquals(
        List.of("1001", "1002"), recorder.hosts.stream().map(DetectionHost::id).toList());
    assertEquals(List.of("1001", "1002"), recorder.ended);
    DetectionHost ec2Host = recorder.hosts.getFirst();
    assertEquals("5001", ec2Host.assetId());
    assertEquals("10.1.2.3", ec2Host.ip());
    assertEquals("EC2", ec2Host.trackingMethod());
    assertEquals("Amazon Linux 2 (Karoo) – café edition", ec2Host.os());
    assertEquals("i-0abc123def4567890", ec2Host.dns());
    assertEquals("ip-10-1-2-3.ec2.internal", ec2Host.fqdn());
    assertEquals("IP-10-1-2-3", ec2Host.netbios());
    assertEquals("7c1d6a3e-0000-4000-8000-000000000001", ec2Host.qgHostId());
    assertEquals(Instant.parse("2026-02-20T04:05:06Z"), ec2Host.lastScanDateTime());
    assertEquals(Instant.parse("2026-02-20T04:00:00Z"), ec2Host.lastVmScannedDate());
    assertEquals(List.of("Production", "2024"), ec2Host.tags());
    assertEquals("eu-west-3", ec2Host.ec2().region());
    assertEquals("012345678901", ec2Host.ec2().accountId());
    assertEquals("i-0abc123def4567890", ec2Host.ec2().instanceId());
    assertEquals("m5.large", ec2Host.ec2().attributes().get("latest/meta-data/instance-type"));
    assertEquals(List.of(), ec2Host.wrongShapeFields());

    List<Detection> first = recorder.detections.get("1001");
    assertEquals(2, first.size());
    Detection full = first.getFirst();
    assertEquals(
        new Detection(
            "45678",
            "Confirmed",
            4,
            443,
            "tcp",
            "www.example.test",
            true,
            "os",
            "Re-Opened",
            Instant.parse("2025-11-02T01:02:03Z"),
            Instant.parse("2026-02-20T04:00:00Z"),
            17,
            Instant.parse("2026-02-20T04:00:01Z"),
            Instant.parse("2026-02-20T04:05:06Z"),
            Instant.parse("2026-01-10T00:00:00Z"),
            Instant.parse("2026-02-20T04:05:07Z"),
            false,
            true,
            "TLSv1.0 is enabled\npeer doesn&apos;t negotiate",
            "900001",
            72,
            "HIGH",
            Map.of("CVSS", "7.5", "RTI", "Easy_Exploit,Remote_Code_Execution", "epss", "0.42"),
            Instant.parse("2025-12-01T00:00:00Z"),
            Instant.parse("2026-02-01T00:00:00Z"),
            2,
            full.rawRef()),
        full);
    assertEquals(
        List.of("CVSS", "RTI", "epss"), List.copyOf(full.qdsFactors().keySet()), "document order");
    Detection info = first.get(1);
    assertEquals("Info", info.type());
    assertNull(info.port());
    assertNull(info.protocol());
    assertNull(info.status());

    DetectionHost plain = recorder.hosts.get(1);
    assertEquals("2008", plain.os());
    assertNull(plain.dns(), "a DNS with child elements becomes null, the host still parses");
    assertEquals(List.of("DNS"), plain.wrongShapeFields(), "and the host says so");
    assertNull(plain.ec2());
    assertEquals(List.of(), plain.tags());
    List<Detection> second = recorder.detections.get("1002");
    assertEquals(1, second.size(), "the detection with QID 'abc' is skipped");
    assertEquals("38173", second.getFirst().qid());
    assertNull(second.getFirst().timesFound());
    assertEquals(1, failures.failures.size());
    assertTrue(failures.errors.getFirst().getMessage().contains("QID 'abc'"));
    assertTrue(failures.failures.getFirst().contains("ids=1001-1002"));
  }

  @Test
  void headerValuesWithChildElementsAreListedAsWrongShapeAndTheHostStillParses() {
    server.stubFor(post(urlPathEqualTo(PATH))
        .willReturn(v2(
            "<HOST_LIST_VM_DETECTION_OUTPUT><RESPONSE><HOST_LIST><HOST><ID>7</ID><IP>10.0.0.7</IP>"
                + "<OS><X>1</X></OS><DNS><X>1</X></DNS>"
                + "<DNS_DATA><HOSTNAME>h</HOSTNAME><FQDN><A>b</A></FQDN></DNS_DATA>"
                + "<NETBIOS>H7</NETBIOS><DETECTION_LIST><DETECTION><QID>5</QID><TYPE>Confirmed</TYPE>"
                + "</DETECTION></DETECTION_LIST></HOST></HOST_LIST></RESPONSE>"
                + "</HOST_LIST_VM_DETECTION_OUTPUT>")));
    var recorder = new Recorder();
    var failures = new Collected<Object>();

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(7, 7)), DetectionQuery.defaults(), recorder, failures);
    }

    DetectionHost host = recorder.hosts.getFirst();
    assertEquals(List.of("OS", "DNS", "DNS_DATA/FQDN"), host.wrongShapeFields());
    assertNull(host.os());
    assertNull(host.dns());
    assertNull(host.fqdn());
    assertEquals("H7", host.netbios(), "the other values are kept");
    assertEquals(1, recorder.detections.get("7").size(), "its detections are still handed on");
    assertEquals(
        List.of(), failures.failures, "the client reports nothing itself: the DTO says it");
  }

  @Test
  void rawRefsPointAtTheRecordsInTheArchivedPage() {
    server.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(v2(TestClients.fixture("detections-two-hosts.xml"))));
    var recorder = new Recorder();

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(1001, 1002)), DetectionQuery.defaults(), recorder, new Collected<>());
    }

    Detection detection = recorder.detections.get("1001").getFirst();
    String page = archive.page(detection.rawRef().page());
    String record = page.substring(
        (int) detection.rawRef().start(), (int) detection.rawRef().end());
    assertTrue(record.startsWith("<DETECTION>"), record);
    assertTrue(record.endsWith("</DETECTION>"), record);
    assertTrue(record.contains("<QID>45678</QID>"));
    DetectionHost host = recorder.hosts.get(1);
    String header =
        page.substring((int) host.rawRef().start(), (int) host.rawRef().end());
    assertTrue(header.startsWith("<HOST>") && header.contains("<ID>1002</ID>"), header);
    assertFalse(header.contains("DETECTION_LIST"));
    assertEquals(0, archive.discarded());
  }

  @Test
  void requestCarriesTheQueryAndTheAuthHeaders() {
    server.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(v2(PageXml.detections(List.of(), 0, null))));
    var query = DetectionQuery.defaults()
        .updatedBetween(
            Instant.parse("2026-01-01T00:00:00.123Z"), Instant.parse("2026-02-01T00:00:00Z"))
        .filtered(
            java.util.Set.of(5, 3, 4),
            java.util.Set.of(DetectionStatus.ACTIVE, DetectionStatus.NEW))
        .including(true, true);

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(5, 5)), query, new Recorder(), new Collected<>());
    }

    String auth = "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
    server.verify(postRequestedFor(urlPathEqualTo(PATH))
        .withHeader("Authorization", equalTo(auth))
        .withHeader("X-Requested-With", equalTo("graphwright-test"))
        .withFormParam("action", equalTo("list"))
        .withFormParam("ids", equalTo("5"))
        .withFormParam("truncation_limit", equalTo("1000"))
        .withFormParam("detection_updated_since", equalTo("2026-01-01T00:00:00Z"))
        .withFormParam("detection_updated_before", equalTo("2026-02-01T00:00:00Z"))
        .withFormParam("severities", equalTo("3,4,5"))
        .withFormParam("status", equalTo("New,Active"))
        .withFormParam("show_igs", equalTo("1"))
        .withFormParam("show_results", equalTo("1"))
        .withFormParam("host_metadata", equalTo("ec2"))
        .withFormParam("show_tags", equalTo("1"))
        .withFormParam("show_asset_id", equalTo("1"))
        .withFormParam("id_min", absent()));
    assertEquals(1, metrics.get(RunMetrics.REQUESTS));
  }

  @Test
  void defaultQueryLeavesOutInfoAndResults() {
    server.stubFor(
        post(urlPathEqualTo(PATH)).willReturn(v2(PageXml.detections(List.of(), 0, null))));

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(1, 9)), DetectionQuery.defaults(), new Recorder(), new Collected<>());
    }

    server.verify(postRequestedFor(urlPathEqualTo(PATH))
        .withFormParam("show_igs", absent())
        .withFormParam("show_results", equalTo("0"))
        .withFormParam("status", equalTo("New,Active,Fixed,Re-Opened")));
  }

  @Test
  void pagesInsideEachRangeFollowTheWarningIdMin() {
    stubRange("1-300", null, PageXml.detections(List.of(1L, 20L), 3, "150"));
    stubRange("1-300", "150", PageXml.detections(List.of(150L, 299L), 3, null));
    stubRange("301-600", null, PageXml.detections(List.of(301L), 2, "400"));
    stubRange("301-600", "400", PageXml.detections(List.of(400L, 600L), 2, null));
    var recorder = new Recorder();
    var failures = new Collected<Object>();

    try (var client = client()) {
      client.forEachHostDetection(
          List.of(new IdRange(1, 300), new IdRange(301, 600)),
          DetectionQuery.defaults(),
          recorder,
          failures);
    }

    assertEquals(
        java.util.Set.of("1", "20", "150", "299", "301", "400", "600"),
        java.util.Set.copyOf(recorder.hosts.stream().map(DetectionHost::id).toList()));
    assertEquals(7, recorder.hosts.size(), "no page fetched twice");
    assertEquals(3, recorder.detections.get("299").size());
    assertEquals(List.of(), failures.failures);
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(PATH))
            .withFormParam("ids", equalTo("1-300"))
            .withFormParam("id_min", equalTo("150"))
            .withFormParam("show_tags", equalTo("1")));
    assertEquals(4, server.getAllServeEvents().size());
  }

  private static void stubRange(String ids, String idMin, String body) {
    server.stubFor(post(urlPathEqualTo(PATH))
        .withFormParam("ids", equalTo(ids))
        .withFormParam("id_min", idMin == null ? absent() : equalTo(idMin))
        .willReturn(v2(body)));
  }
}
