package dev.graphwright.qualys.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Qualys severities as JupiterOne's graph-qualys integration normalised them, so that queries
 * written for it keep working.
 */
class SeverityTest {

  @ParameterizedTest(name = "severity {0} is {1}, numeric {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "null, informational, 1",
        "-1,   informational, 1",
        "0,    none,          1",
        "1,    informational, 1",
        "2,    low,           4",
        "3,    medium,        6",
        "4,    high,          8",
        "5,    critical,      10",
        "7,    critical,      10"
      })
  void qualysSeverityMapsToTheLabelAndTheOneToTenScale(
      Integer severity, String label, int numeric) {
    assertEquals(label, Severity.label(severity));
    assertEquals(numeric, Severity.numeric(severity));
  }
}
