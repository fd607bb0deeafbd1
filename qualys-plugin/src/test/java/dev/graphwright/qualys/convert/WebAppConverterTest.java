package dev.graphwright.qualys.convert;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.graphwright.qualys.client.was.WebApp;
import dev.graphwright.qualys.client.was.WebAppFinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WAS web apps ({@code fixtures/webapps.xml}) as {@code web_app} targets and their findings
 * ({@code fixtures/webapp-findings.xml}) as {@code qualys_web_app_finding}s.
 */
class WebAppConverterTest {

  private static List<WebApp> apps;
  private static List<WebAppFinding> findings;

  @BeforeAll
  static void parseFixtures() {
    apps = Fixtures.webApps("webapps.xml");
    findings = Fixtures.webAppFindings("webapp-findings.xml", "3462011", "3462012");
  }

  private static WebApp app(String id) {
    return apps.stream().filter(a -> id.equals(a.id())).findFirst().orElseThrow();
  }

  private static WebAppFinding finding(String id) {
    return findings.stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow();
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void webAppBecomesAnApplicationTargetKeyedByItsQualysIdAndMatchedByUrl() {
    assertEquals(
        Map.ofEntries(
            entry("_key", "qualys-web-app:3462011"),
            entry("_type", "web_app"),
            entry("_class", "Application"),
            entry("name", "Customer Portal"),
            entry("displayName", "Customer Portal"),
            entry("url", "https://portal.shop.example/"),
            entry("qualysWebAppId", "3462011"),
            entry("createdOn", millis("2025-04-02T09:15:00Z")),
            entry("updatedOn", millis("2026-02-20T17:30:00Z")),
            entry("tags", List.of("Internet Facing", "PCI")),
            entry("scannedBy", "qualys")),
        WebAppConverter.target(app("3462011")));
  }

  @Test
  void webAppWithoutTagsHasNoTagsProperty() {
    var target = WebAppConverter.target(app("3462012"));

    assertFalse(target.containsKey("tags"));
    assertEquals("qualys-web-app:3462012", target.get("_key"));
    assertEquals("https://ask.graphwright.example", target.get("url"));
  }

  @Test
  void activeVulnerabilityBecomesTheWholeWebAppFinding() {
    var entity = WebAppConverter.finding(finding("3158304"));

    assertEquals("c9d59cd1-8d7b-4cd4-8cdc-19cf09d5fd5c", entity.key());
    assertEquals("qualys_web_app_finding", entity.type());
    assertEquals(List.of("Finding"), entity.classes());
    assertEquals(
        Map.ofEntries(
            entry("id", "3158304"),
            entry("name", "Unencoded characters"),
            entry("displayName", "Unencoded characters"),
            entry("qid", 150084L),
            entry("type", "VULNERABILITY"),
            entry("findingType", "QUALYS"),
            entry("severity", "high"),
            entry("numericSeverity", 8L),
            entry("qualysSeverity", 4L),
            entry("status", "ACTIVE"),
            entry("open", true),
            entry("potential", false),
            entry("createdOn", millis("2025-12-09T00:08:20Z")),
            entry("updatedOn", millis("2026-02-26T13:40:01Z")),
            entry("lastTestedOn", millis("2026-02-26T13:40:01Z")),
            entry("timesDetected", 6L),
            entry("isIgnored", false),
            entry("url", "https://portal.shop.example/search?q=%3Cscript%3E"),
            entry("webAppId", "3462011"),
            entry("webAppName", "Customer Portal"),
            entry("webAppUrl", "https://portal.shop.example/"),
            entry("cvssScoreV3", 6.1),
            entry("category", "app-scan"),
            entry("targets", List.of("Customer Portal", "https://portal.shop.example/"))),
        entity.properties());
  }

  @Test
  void informationGatheredFindingWithoutStatusIsOpenAndHasNoUrlOrCounts() {
    var props = WebAppConverter.finding(finding("3158305")).properties();

    assertEquals("INFORMATION_GATHERED", props.get("type"));
    assertEquals(true, props.get("open"));
    assertEquals("low", props.get("severity"));
    assertEquals(4L, props.get("numericSeverity"));
    for (var absent :
        List.of("status", "url", "timesDetected", "isIgnored", "potential", "lastFixedOn")) {
      assertFalse(props.containsKey(absent), absent);
    }
    assertEquals(
        List.of("Ask Graphwright", "https://ask.graphwright.example"), props.get("targets"));
  }

  @Test
  void fixedFindingIsClosedAndCarriesItsFixDate() {
    var props = WebAppConverter.finding(finding("3158306")).properties();

    assertEquals("FIXED", props.get("status"));
    assertEquals(false, props.get("open"));
    assertEquals(millis("2026-02-26T13:40:01Z"), props.get("lastFixedOn"));
    assertEquals(true, props.get("isIgnored"));
    assertEquals(true, props.get("potential"));
    assertEquals("critical", props.get("severity"));
  }
}
