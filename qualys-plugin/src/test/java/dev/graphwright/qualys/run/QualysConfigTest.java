package dev.graphwright.qualys.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.qualys.client.vm.DetectionStatus;
import dev.graphwright.qualys.testing.TestConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The config fields: peer names and defaults, and validation messages that say what to fix. */
class QualysConfigTest {

  private static ConfigField field(String name) {
    return QualysConfig.fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name));
  }

  private static Optional<String> problem(String field, String value) {
    return field(field).validator().apply(value);
  }

  private static String rejected(String field, String value) {
    return problem(field, value)
        .orElseThrow(() -> new AssertionError(field + " accepted '" + value + "'"));
  }

  @Test
  void requiredFieldsAndDefaultsFollowTheEarlierIntegration() {
    assertTrue(field("qualysApiUrl").required());
    assertEquals("QUALYS_API_URL", field("qualysApiUrl").envVar());
    assertTrue(field("qualysUsername").required());
    assertTrue(field("qualysPassword").required());
    assertTrue(field("qualysPassword").secret());
    assertEquals("7", field("minScannedSinceDays").defaultValue());
    assertEquals("MIN_SCANNED_SINCE_DAYS", field("minScannedSinceDays").envVar());
    assertEquals("7", field("minFindingsSinceDays").defaultValue());
    assertEquals("3,4,5", field("vmdrFindingSeverities").defaultValue());
    assertEquals("VMDR_FINDING_SEVERITIES", field("vmdrFindingSeverities").envVar());
    assertEquals("Potential,Confirmed", field("vmdrFindingTypes").defaultValue());
    assertEquals("VMDR_FINDING_TYPES", field("vmdrFindingTypes").envVar());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://qualysguard.qg3.apps.qualys.com",
        "https://gateway.qg3.apps.qualys.com",
        "http://qualysapi.qg3.apps.qualys.com",
        "https://qualysapi.qg3.apps.qualys.com/api/2.0/fo/",
        "qualysapi.qualys.com"
      })
  void badApiUrlIsRejectedWithThePlatformList(String url) {
    var message = rejected("qualysApiUrl", url);

    assertTrue(message.contains("'" + url + "'"), message);
    assertTrue(message.contains("US1 https://qualysapi.qualys.com"), message);
    assertTrue(message.contains("US3 https://qualysapi.qg3.apps.qualys.com"), message);
    assertTrue(message.contains("EU1 https://qualysapi.qualys.eu"), message);
    assertTrue(message.contains("https://www.qualys.com/platform-identification/"), message);
  }

  @Test
  void badApiUrlMessageSaysWhatIsWrongWithIt() {
    assertTrue(rejected("qualysApiUrl", "https://gateway.qg3.apps.qualys.com").contains("gateway"));
    assertTrue(rejected("qualysApiUrl", "http://qualysapi.qualys.com").contains("https://"));
    assertTrue(
        rejected("qualysApiUrl", "https://qualysapi.qualys.com/api/").contains("without a path"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://qualysapi.qg3.apps.qualys.com",
        "https://qualysapi.qualys.eu/",
        "http://127.0.0.1:8090",
        "http://localhost:8090"
      })
  void platformAndLocalUrlsAreAccepted(String url) {
    assertEquals(Optional.empty(), problem("qualysApiUrl", url));
  }

  @Test
  void severitiesOutOfRangeAreRejectedByValue() {
    assertTrue(rejected("vmdrFindingSeverities", "3,4,6").startsWith("'6' is not one of"));
    assertTrue(rejected("vmdrFindingSeverities", "0,3").startsWith("'0' is not one of"));
    assertTrue(rejected("vmdrFindingSeverities", " , ").startsWith("must list at least one of"));
    assertEquals(Optional.empty(), problem("vmdrFindingSeverities", "1, 5"));
  }

  @Test
  void unknownTypesAreRejectedCaseSensitively() {
    assertTrue(rejected("vmdrFindingTypes", "Confirmed,Vulnerability")
        .startsWith("'Vulnerability' is not one of"));
    assertTrue(rejected("vmdrFindingTypes", "confirmed").startsWith("'confirmed' is not one of"));
    assertEquals(Optional.empty(), problem("vmdrFindingTypes", "Info,Potential,Confirmed"));
  }

  @Test
  void unknownStatusesAndBadDayCountsAreRejected() {
    assertTrue(
        rejected("vmdrFindingStatuses", "Active,Closed").startsWith("'Closed' is not one of"));
    assertEquals("must be a number, got 'a week'", rejected("minScannedSinceDays", "a week"));
    assertEquals("must be a number >= 0.01, got '0'", rejected("minFindingsSinceDays", "0"));
  }

  @Test
  void defaultsGiveSeveritiesThreeToFiveBothTypesAndSevenDays() {
    var config =
        new QualysConfig(TestConfig.of("https://qualysapi.qualys.com/", "u", "p", Map.of()));

    assertEquals(Set.of(3, 4, 5), config.severities());
    assertEquals(Set.of("Potential", "Confirmed"), config.types());
    assertEquals(Duration.ofDays(7), config.scannedLookback());
    assertEquals(Duration.ofDays(7), config.findingsLookback());
    assertEquals("https://qualysapi.qualys.com", config.apiUrl().value());
  }

  @Test
  void incrementalRunsAddFixedToTheConfiguredStatuses() {
    var config =
        new QualysConfig(TestConfig.of("https://qualysapi.qualys.com", "u", "p", Map.of()));

    var first = EnumSet.of(DetectionStatus.NEW, DetectionStatus.ACTIVE, DetectionStatus.REOPENED);
    assertEquals(first, config.statuses(false));
    var incremental = EnumSet.copyOf(first);
    incremental.add(DetectionStatus.FIXED);
    assertEquals(incremental, config.statuses(true));
  }
}
