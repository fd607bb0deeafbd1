package dev.graphwright.qualys.client.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Tolerant conversions of Qualys text values. A value that does not parse becomes null rather than
 * failing the record: Qualys occasionally sends odd values, and one bad field must not cost the
 * page.
 */
public final class QualysValues {

  private QualysValues() {}

  /** Text as a record's value: stripped, and null when absent or blank. */
  public static @Nullable String text(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    var stripped = raw.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** An integer, or null when absent or not a plain integer. */
  public static @Nullable Integer integer(@Nullable String text) {
    if (text == null || text.isEmpty() || text.length() > 10) {
      return null;
    }
    int start = text.charAt(0) == '-' ? 1 : 0;
    if (start == text.length()) {
      return null;
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    value = start == 1 ? -value : value;
    return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
  }

  /** A decimal number (CVSS scores), or null. */
  public static @Nullable Double decimal(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Qualys booleans: {@code 1}/{@code 0} in v2, {@code true}/{@code false} in QPS. */
  public static @Nullable Boolean bool(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "1", "true", "TRUE", "True" -> Boolean.TRUE;
      case "0", "false", "FALSE", "False" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** Whether the text is a non-empty run of ASCII digits (a valid QID or host id). */
  public static boolean isDigits(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A Qualys timestamp. The common {@code YYYY-MM-DDTHH:MM:SSZ} form is decoded by hand because it
   * is parsed several times per detection on the hot path; other ISO forms and plain dates go
   * through java.time. Unparseable values become null.
   */
  public static @Nullable Instant instant(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() == 20 && text.charAt(19) == 'Z') {
      Instant fast = fastInstant(text);
      if (fast != null) {
        return fast;
      }
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Instant fastInstant(String s) {
    if (s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    long days = daysFromCivil(year, month, day);
    return Instant.ofEpochSecond(days * 86_400L + hour * 3600L + minute * 60L + second);
  }

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil-from-days inverse).
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int mp = (month + 9) % 12;
    int doy = (153 * mp + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468L;
  }
}
