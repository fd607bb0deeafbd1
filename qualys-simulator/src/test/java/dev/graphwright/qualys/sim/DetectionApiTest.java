package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

class DetectionApiTest {
  private static final String PATH = "/api/2.0/fo/asset/host/vm/detection/";
  private static final String ALL =
      "&status=New,Active,Re-Opened,Fixed&show_igs=1&include_ignored=1&include_disabled=1";
  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(Sims.options()
        .hosts(120)
        .detectionsPerHost(6)
        .qids(80)
        .fixedShare(0.2)
        .staleHostShare(0.2)
        .rateLimit(0)
        .concurrencyLimit(0)
        .build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @Test
  void reopenedDetectionsSayWhenAndHowOftenWhenAsked() {
    var plain = Pages.detections(
        client.get(PATH + "?action=list&truncation_limit=0" + ALL).body());
    assertTrue(Xml.all(plain.doc(), "TIMES_REOPENED").isEmpty(), "only with show_reopened_info=1");

    var page = Pages.detections(client
        .get(PATH + "?action=list&truncation_limit=0&show_reopened_info=1" + ALL)
        .body());
    int reopened = 0;
    for (Element d : Xml.all(page.doc(), "DETECTION")) {
      boolean isReopened = "Re-Opened".equals(Xml.text(d, "STATUS"));
      assertEquals(
          isReopened, Xml.text(d, "TIMES_REOPENED") != null, "reopen info on reopened ones only");
      if (isReopened) {
        reopened++;
        assertTrue(Integer.parseInt(Xml.text(d, "TIMES_REOPENED")) >= 1);
        var first = Instant.parse(Xml.text(d, "FIRST_REOPENED_DATETIME"));
        var last = Instant.parse(Xml.text(d, "LAST_REOPENED_DATETIME"));
        assertFalse(last.isBefore(first));
        assertFalse(first.isBefore(Instant.parse(Xml.text(d, "FIRST_FOUND_DATETIME"))));
      }
    }
    assertTrue(reopened > 0, "the account has reopened detections");
  }

  @Test
  void qdsAndItsFactorsComeOnlyWhenAskedForAndOnlyForVulnerabilities() {
    var plain = Pages.detections(
        client.get(PATH + "?action=list&truncation_limit=20" + ALL).body());
    assertTrue(Xml.all(plain.doc(), "QDS").isEmpty(), "no QDS unless show_qds=1");

    var scoreOnly = Pages.detections(
        client.get(PATH + "?action=list&truncation_limit=20&show_qds=1" + ALL).body());
    assertFalse(Xml.all(scoreOnly.doc(), "QDS").isEmpty());
    assertTrue(
        Xml.all(scoreOnly.doc(), "QDS_FACTORS").isEmpty(), "no factors unless show_qds_factors=1");

    var page = Pages.detections(client
        .get(PATH + "?action=list&truncation_limit=20&show_qds=1&show_qds_factors=1" + ALL)
        .body());
    int scored = 0;
    var severities = new HashSet<String>();
    for (Element d : Xml.all(page.doc(), "DETECTION")) {
      var qds = Xml.all(d, "QDS");
      if (Xml.text(d, "TYPE").equals("Info")) {
        assertTrue(qds.isEmpty(), "information gathered has no QDS");
        continue;
      }
      assertEquals(1, qds.size());
      int score = Integer.parseInt(qds.get(0).getTextContent());
      assertTrue(score >= 1 && score <= 100, "score " + score);
      String severity = qds.get(0).getAttribute("severity");
      assertEquals(
          score >= 90 ? "CRITICAL" : score >= 70 ? "HIGH" : score >= 40 ? "MEDIUM" : "LOW",
          severity);
      severities.add(severity);
      var names = new ArrayList<String>();
      Xml.all(d, "QDS_FACTOR").forEach(f -> names.add(f.getAttribute("name")));
      assertTrue(names.contains("epss"), "factors " + names);
      assertEquals(
          List.of("LAST_FOUND_DATETIME", "QDS", "QDS_FACTORS"),
          Xml.childNames(d)
              .subList(
                  Xml.childNames(d).indexOf("LAST_FOUND_DATETIME"),
                  Xml.childNames(d).indexOf("QDS_FACTORS") + 1));
      scored++;
    }
    assertTrue(scored > 20, "scored " + scored);
    assertTrue(severities.size() >= 2, "more than one band: " + severities);
  }

  @Test
  void pageHasTheQualysShape() {
    var response = client.get(PATH
        + "?action=list&truncation_limit=5&show_tags=1&host_metadata=ec2&show_asset_id=1" + ALL);

    assertEquals(200, response.statusCode());
    assertEquals(
        "application/xml", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("Qualys", response.headers().firstValue("Server").orElseThrow());
    assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "the body is chunked");
    String body = response.body();
    assertTrue(
        body.startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT SYSTEM \""
                + sim.baseUrl()
                + "/api/2.0/fo/asset/host/vm/detection/host_list_vm_detection_output.dtd\">"),
        body);
    assertTrue(body.contains("<RESULTS><![CDATA["));
    assertTrue(body.contains("<URL><![CDATA[" + sim.baseUrl() + PATH + "?action=list&"));
    var page = Pages.detections(body);
    assertEquals(5, page.hostIds().size());
    assertEquals(
        List.of("DATETIME", "HOST_LIST", "WARNING"),
        Xml.childNames(Xml.all(page.doc(), "RESPONSE").get(0)));
    assertEquals(
        new HashSet<>(page.findingKeys()).size(),
        page.findingKeys().size(),
        "finding keys are unique");
    for (Element host : Xml.all(page.doc(), "HOST")) {
      assertEquals("ID", Xml.childNames(host).get(0));
      assertEquals(
          "DETECTION_LIST", Xml.childNames(host).get(Xml.childNames(host).size() - 1));
      for (Element d : Xml.all(host, "DETECTION")) {
        checkDetection(d);
      }
    }
  }

  private static void checkDetection(Element d) {
    var names = Xml.childNames(d);
    assertEquals(List.of("QID", "TYPE", "SEVERITY"), names.subList(0, 3));
    assertEquals("LAST_PROCESSED_DATETIME", names.get(names.size() - 1));
    String type = Xml.text(d, "TYPE");
    assertTrue(Set.of("Confirmed", "Potential", "Info").contains(type), type);
    if (type.equals("Info")) {
      assertNull(Xml.text(d, "STATUS"), "Info detections have no STATUS");
    } else {
      assertTrue(Set.of("New", "Active", "Re-Opened", "Fixed").contains(Xml.text(d, "STATUS")));
    }
    assertEquals("Fixed".equals(Xml.text(d, "STATUS")), Xml.text(d, "LAST_FIXED_DATETIME") != null);
    int severity = Integer.parseInt(Xml.text(d, "SEVERITY"));
    assertTrue(severity >= 1 && severity <= 5);
    for (String date : List.of(
        "FIRST_FOUND_DATETIME",
        "LAST_FOUND_DATETIME",
        "LAST_TEST_DATETIME",
        "LAST_UPDATE_DATETIME",
        "LAST_PROCESSED_DATETIME")) {
      assertTrue(Instant.parse(Xml.text(d, date)).isBefore(Sims.NOW), date + " is before now");
    }
  }

  @Test
  void ec2HostsCarryMetadataWithTextAccountIds() {
    var page = Pages.detections(client
        .get(PATH + "?action=list&truncation_limit=0&host_metadata=ec2" + ALL)
        .body());
    var accountIds = new ArrayList<String>();
    for (Element attribute : Xml.all(page.doc(), "ATTRIBUTE")) {
      if (Xml.text(attribute, "NAME").endsWith("/accountId")) {
        accountIds.add(Xml.text(attribute, "VALUE"));
      }
    }
    long ec2Hosts = Xml.all(page.doc(), "HOST").stream()
        .filter(h -> "EC2".equals(Xml.text(h, "TRACKING_METHOD")))
        .count();
    assertEquals(ec2Hosts, accountIds.size());
    assertEquals(sim.expected(Map.of()).ec2Hosts(), ec2Hosts);
    assertTrue(accountIds.stream().allMatch(id -> id.matches("\\d{12}")));
    assertTrue(
        accountIds.stream().anyMatch(id -> id.startsWith("0")),
        "some account ids keep a leading zero");
  }

  @Test
  void pagingByTheWarningUrlReturnsEveryHostOnce() {
    var hostIds = new ArrayList<Long>();
    var keys = new HashSet<String>();
    String url = PATH + "?action=list&truncation_limit=7&show_results=0" + ALL;
    int pages = 0;
    while (url != null) {
      var page = Pages.detections(client.get(url).body());
      hostIds.addAll(page.hostIds());
      keys.addAll(page.findingKeys());
      url = page.nextUrl();
      pages++;
    }
    var expected = sim.expected(allFindings());
    assertEquals(new HashSet<>(hostIds).size(), hostIds.size(), "no host twice");
    assertEquals(expected.hostsWithFindings(), hostIds.size());
    assertEquals(expected.hostFindings(), keys.size());
    assertEquals((hostIds.size() + 6) / 7, pages);
  }

  @Test
  void pagingByPostingIdMinReturnsEveryHostOnce() {
    var form = SimClient.form(
        "action", "list", "truncation_limit", "11", "show_results", "0", "severities", "3-5");
    var hostIds = new ArrayList<Long>();
    long keys = 0;
    while (true) {
      var page = Pages.detections(client.postForm(PATH, form).body());
      hostIds.addAll(page.hostIds());
      keys += page.findingKeys().size();
      if (page.nextUrl() == null) {
        break;
      }
      form.put("id_min", Pages.idMin(page.nextUrl()));
    }
    var expected = sim.expected(Map.of("severities", "3,4,5"));
    assertEquals(new HashSet<>(hostIds).size(), hostIds.size());
    assertEquals(expected.hostsWithFindings(), hostIds.size());
    assertEquals(expected.hostFindings(), keys);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "'';''",
        "severities=3,4,5;severities=3,4,5",
        "severities=2-4&status=Fixed;severities=2,3,4&statuses=Fixed",
        "show_igs=1&include_vuln_type=potential;types=Potential,Info",
        "include_vuln_type=confirmed&include_ignored=1&include_disabled=1;types=Confirmed&include_ignored=1&include_disabled=1",
        "detection_updated_since=2026-02-20&detection_updated_before=2026-02-27T00:00:00Z;"
            + "detections_updated_after=2026-02-20&detections_updated_before=2026-02-27T00:00:00Z",
        "vm_scan_date_after=2026-02-20T00:00:00Z&show_igs=1;scanned_after=2026-02-20T00:00:00Z&types=Confirmed,Potential,Info",
        "vm_scan_date_before=2026-02-20;scanned_before=2026-02-20",
      })
  void filtersAgreeWithTheGroundTruth(String apiFilter, String truthFilter) {
    var page = Pages.detections(client
        .get(PATH + "?action=list&truncation_limit=0&show_results=0"
            + (apiFilter.isEmpty() ? "" : "&" + apiFilter))
        .body());
    var expected = sim.expected(query(truthFilter));

    assertNull(page.nextUrl());
    assertEquals(expected.hostsWithFindings(), page.hostIds().size());
    assertEquals(expected.hostFindings(), new HashSet<>(page.findingKeys()).size());
    assertTrue(expected.hostFindings() > 0, "the filter selects something");
  }

  @Test
  void showResultsZeroOmitsResults() {
    String body =
        client.get(PATH + "?action=list&truncation_limit=3&show_results=0").body();
    assertFalse(body.contains("<RESULTS>"));
    assertTrue(body.contains("<DETECTION>"));
  }

  @Test
  void unknownIdsAreSilentlyOmitted() {
    var response = client.get(PATH + "?action=list&ids=1,2,5-9");
    assertEquals(200, response.statusCode());
    var doc = Xml.parse(response.body());
    assertEquals(List.of("DATETIME"), Xml.childNames(Xml.all(doc, "RESPONSE").get(0)));
  }

  @Test
  void nonNumericIdsAre400With1905AndNoProlog() {
    var response = client.get(PATH + "?action=list&ids=abc123");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().startsWith("<!DOCTYPE SIMPLE_RETURN"), response.body());
    var doc = Xml.parse(response.body());
    assertEquals("1905", Xml.texts(doc, "CODE").get(0));
    assertEquals(
        "parameter ids has invalid value: abc123 (neither a positive integer nor a range: abc123)",
        Xml.texts(doc, "TEXT").get(0));
    assertNotNull(
        response.headers().firstValue("X-RateLimit-Limit").orElse(null),
        "400s carry the limit headers");
  }

  @Test
  void parameterErrorsUseQualysCodes() {
    assertCode(client.get(PATH + "?action=list&truncation-limit=5"), 1901);
    assertCode(client.get(PATH + "?action=list&os_pattern=%5EWindows"), 1901);
    assertCode(client.get(PATH + "?truncation_limit=5"), 1903);
    assertCode(
        client.get(PATH + "?action=list&detection_updated_since=2026-02-01T00:00:00.000Z"), 1905);
    assertCode(client.get(PATH + "?action=list&status=Open"), 1905);
  }

  private static void assertCode(java.net.http.HttpResponse<String> response, int code) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(
        Integer.toString(code), Xml.texts(Xml.parse(response.body()), "CODE").get(0));
  }

  static Map<String, String> allFindings() {
    return Map.of(
        "types",
        "Confirmed,Potential,Info",
        "statuses",
        "New,Active,Re-Opened,Fixed",
        "include_ignored",
        "1",
        "include_disabled",
        "1");
  }

  static Map<String, String> query(String text) {
    var map = new java.util.HashMap<String, String>();
    if (!text.isEmpty()) {
      for (String pair : text.split("&")) {
        int eq = pair.indexOf('=');
        map.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return map;
  }
}
