package dev.graphwright.qualys.client.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QualysValuesTest {

  @Test
  void fastTimestampsAgreeWithJavaTime() {
    var random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      var instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
      assertEquals(instant, QualysValues.instant(instant.toString()), instant.toString());
    }
  }

  @Test
  void otherTimestampFormsAndJunk() {
    assertEquals(Instant.parse("2026-01-02T00:00:00Z"), QualysValues.instant("2026-01-02"));
    assertEquals(
        Instant.parse("2026-01-02T03:04:05.678Z"),
        QualysValues.instant("2026-01-02T03:04:05.678Z"));
    assertNull(QualysValues.instant("2026-13-02T03:04:05Z"));
    assertNull(QualysValues.instant("yesterday"));
    assertNull(QualysValues.instant(null));
  }

  @Test
  void numbersAndBooleans() {
    assertEquals(443, QualysValues.integer("443"));
    assertEquals(-1, QualysValues.integer("-1"));
    assertNull(QualysValues.integer("4.5"));
    assertNull(QualysValues.integer("99999999999"));
    assertNull(QualysValues.integer(""));
    assertEquals(true, QualysValues.bool("1"));
    assertEquals(false, QualysValues.bool("false"));
    assertNull(QualysValues.bool("maybe"));
    assertEquals(7.5, QualysValues.decimal("7.5"));
    assertNull(QualysValues.decimal("n/a"));
  }
}
