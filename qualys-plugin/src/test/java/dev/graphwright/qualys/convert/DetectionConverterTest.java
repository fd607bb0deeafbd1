package dev.graphwright.qualys.convert;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.convert.Fixtures.Detected;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Host detections ({@code fixtures/host-detections.xml}) as {@code qualys_host_finding}s. */
class DetectionConverterTest {

  private static final String EC2_ARN =
      "arn:aws:ec2:us-east-1:012345678901:instance/i-0a1b2c3d4e5f60718";

  private static List<Detected> detections;

  @BeforeAll
  static void parseFixture() {
    detections = Fixtures.detections("host-detections.xml");
  }

  private static Detected detection(String hostId, String qid) {
    return detections.stream()
        .filter(d -> d.host().id().equals(hostId) && d.detection().qid().equals(qid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no detection " + hostId + "/" + qid));
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void keyIsThePeersSortedNameValueFormat() {
    var d = detection("6506432", "38170");

    assertEquals(
        "hostId:6506432|port:3389|protocol:tcp|qid:38170|ssl:1|type:Confirmed",
        DetectionConverter.key(d.host(), d.detection()));
  }

  @Test
  void keyDropsPortProtocolAndSslWhenTheDetectionHasNone() {
    var d = detection("1", "38170");

    assertEquals(
        "hostId:1|qid:38170|type:Confirmed", DetectionConverter.key(d.host(), d.detection()));
  }

  @Test
  void ec2HostDetectionBecomesTheWholePeerCompatibleFinding() {
    var d = detection("6506432", "38170");

    var finding = DetectionConverter.toEntity(d.host(), d.detection());

    var key = "hostId:6506432|port:3389|protocol:tcp|qid:38170|ssl:1|type:Confirmed";
    assertEquals(key, finding.key());
    assertEquals("qualys_host_finding", finding.type());
    assertEquals(List.of("Finding"), finding.classes());
    assertNotNull(finding.raw(), "the finding points at its DETECTION in the raw archive");
    assertEquals(
        Map.ofEntries(
            entry("id", key),
            entry("name", "QID 38170"),
            entry("displayName", "QID 38170"),
            entry("qid", 38170L),
            entry("type", "Confirmed"),
            entry("severity", "low"),
            entry("numericSeverity", 4L),
            entry("qualysSeverity", 2L),
            entry("status", "Active"),
            entry("open", true),
            entry("numTimesFound", 111L),
            entry("isIgnored", false),
            entry("isDisabled", false),
            entry("firstFoundOn", millis("2018-01-26T04:45:50Z")),
            entry("createdOn", millis("2018-01-26T04:45:50Z")),
            entry("lastFoundOn", millis("2026-02-27T04:02:10Z")),
            entry("updatedOn", millis("2026-02-27T04:02:10Z")),
            entry("firstSeenOn", millis("2018-01-26T04:45:50Z")),
            entry("lastSeenOn", millis("2026-02-27T04:02:10Z")),
            entry("timesReopened", 0L),
            entry("daysOpen", 2953L),
            entry("lastProcessedOn", millis("2026-02-27T04:05:07Z")),
            entry("lastTestedOn", millis("2026-02-27T04:02:10Z")),
            entry("lastUpdatedOn", millis("2026-02-27T04:05:06Z")),
            entry("port", 3389L),
            entry("protocol", "tcp"),
            entry("ssl", true),
            entry("qds", 25L),
            entry("qdsScore", 25L),
            entry("qdsSeverity", "low"),
            entry("qdsCvss", 3.1),
            entry("qdsCvssVersion", "v3.x"),
            entry("qdsRti", List.of("Easy_Exploit", "Denial_of_Service")),
            entry("qdsEpss", 0.00043),
            entry("uniqueVulnId", "5512001"),
            entry("category", "system-scan"),
            entry("qualysHostId", "6506432"),
            entry("qualysAssetId", "709838"),
            entry("fqdn", "ip-10-10-10-11.ec2.internal"),
            entry("ec2InstanceArn", EC2_ARN),
            entry("ipAddress", "10.10.10.11"),
            entry("privateIpAddress", "10.10.10.11"),
            entry("targets", List.of("10.10.10.11", "ip-10-10-10-11.ec2.internal", EC2_ARN))),
        finding.properties());
  }

  @Test
  void detectionWithoutPortOnAHostWithANumericFqdnAndNoEc2MetadataKeepsOnlyWhatItHas() {
    var d = detection("1", "38170");

    var finding = DetectionConverter.toEntity(d.host(), d.detection());

    assertEquals(
        Map.ofEntries(
            entry("id", "hostId:1|qid:38170|type:Confirmed"),
            entry("name", "QID 38170"),
            entry("displayName", "QID 38170"),
            entry("qid", 38170L),
            entry("type", "Confirmed"),
            entry("severity", "medium"),
            entry("numericSeverity", 6L),
            entry("qualysSeverity", 3L),
            entry("status", "New"),
            entry("open", true),
            entry("numTimesFound", 1L),
            entry("isIgnored", true),
            entry("isDisabled", false),
            entry("firstFoundOn", millis("2026-02-28T10:00:00Z")),
            entry("createdOn", millis("2026-02-28T10:00:00Z")),
            entry("lastFoundOn", millis("2026-02-28T10:00:00Z")),
            entry("updatedOn", millis("2026-02-28T10:00:00Z")),
            entry("firstSeenOn", millis("2026-02-28T10:00:00Z")),
            entry("lastSeenOn", millis("2026-02-28T10:00:00Z")),
            entry("timesReopened", 0L),
            entry("daysOpen", 0L),
            entry("category", "system-scan"),
            entry("qualysHostId", "1"),
            entry("fqdn", "20240117"),
            // 100.64.0.0/10 is carrier-grade NAT space: not reachable from the internet.
            entry("ipAddress", "100.64.12.7"),
            entry("privateIpAddress", "100.64.12.7"),
            entry("targets", List.of("100.64.12.7", "20240117"))),
        finding.properties());
  }

  @Test
  void fixedDetectionIsClosedAndCarriesItsFixDate() {
    var d = detection("6506432", "105943");

    var props = DetectionConverter.toEntity(d.host(), d.detection()).properties();

    assertEquals(
        "hostId:6506432|port:22|protocol:tcp|qid:105943|ssl:0|type:Potential", props.get("id"));
    assertEquals("Fixed", props.get("status"));
    assertEquals(false, props.get("open"));
    assertEquals(millis("2026-02-27T04:02:10Z"), props.get("lastFixedOn"));
    assertEquals("critical", props.get("severity"));
    assertEquals(10L, props.get("numericSeverity"));
    assertEquals(false, props.get("ssl"));
  }

  @Test
  void aFixedFindingHasItsFixDateTimeToFixAndWhetherItWasFixedWithinItsSla() {
    var d = detection("6506432", "105943"); // severity 5, first seen 2025-12-01, fixed 2026-02-27

    var late = DetectionConverter.toEntity(d.host(), d.detection(), SlaPolicy.parse("5:7,4:30"))
        .properties();
    assertEquals(millis("2026-02-27T04:02:10Z"), late.get("fixedOn"));
    assertEquals(88L, late.get("timeToFixDays"));
    assertFalse(late.containsKey("daysOpen"), "only while open");
    assertEquals(millis("2025-12-08T00:00:00Z"), late.get("slaDueOn"));
    assertEquals(true, late.get("slaBreached"), "fixed after its due date");

    var inTime = DetectionConverter.toEntity(d.host(), d.detection(), SlaPolicy.parse("5:100"))
        .properties();
    assertEquals(false, inTime.get("slaBreached"));

    var none = DetectionConverter.toEntity(d.host(), d.detection(), SlaPolicy.parse("4:30"))
        .properties();
    assertFalse(none.containsKey("slaDueOn"), "no SLA for its severity");
  }

  @Test
  void aReopenedFindingSaysWhenAndHowOften() {
    var props = DetectionConverter.toEntity(
            detection("2", "11827").host(), detection("2", "11827").detection())
        .properties();
    assertEquals(millis("2026-02-20T00:00:00Z"), props.get("reopenedOn"));
    assertEquals(2L, props.get("timesReopened"));
    assertFalse(props.containsKey("fixedOn"), "open again");
  }

  @Test
  void slaDaysAreSeverityDayPairs() {
    var error = assertThrows(IllegalArgumentException.class, () -> SlaPolicy.parse("5:7,6:30"));
    assertTrue(error.getMessage().startsWith("'6:30' is not severity:days"), error.getMessage());
    assertTrue(SlaPolicy.check("5:7,5:9").isPresent(), "a severity once");
    assertTrue(SlaPolicy.check("5:0").isPresent());
    assertTrue(SlaPolicy.check("").isEmpty(), "empty: no SLA");
  }

  @Test
  void publicHostAddressIsThePublicIpAndTheDetectionFqdnIsUsedLowerCased() {
    var d = detection("2", "11827");

    var props = DetectionConverter.toEntity(d.host(), d.detection()).properties();

    assertEquals("hostId:2|port:443|protocol:tcp|qid:11827|ssl:1|type:Potential", props.get("id"));
    assertEquals("54.239.28.85", props.get("publicIpAddress"));
    assertFalse(props.containsKey("privateIpAddress"));
    assertEquals("shop.example", props.get("fqdn"));
    assertEquals("Re-Opened", props.get("status"));
    assertEquals(true, props.get("open"));
    assertEquals(List.of("54.239.28.85", "shop.example"), props.get("targets"));
  }

  @Test
  void infoDetectionWithoutStatusOnAnIpv6UniqueLocalHostIsOpenAndPrivate() {
    var d = detection("3", "6");

    var props = DetectionConverter.toEntity(d.host(), d.detection()).properties();

    assertEquals("hostId:3|qid:6|type:Info", props.get("id"));
    assertFalse(props.containsKey("status"));
    assertEquals(true, props.get("open"));
    assertEquals("informational", props.get("severity"));
    assertEquals(1L, props.get("numericSeverity"));
    assertEquals("fd12:3456:789a::10", props.get("privateIpAddress"));
    assertFalse(props.containsKey("publicIpAddress"));
    assertEquals(List.of("fd12:3456:789a::10"), props.get("targets"));
  }
}
