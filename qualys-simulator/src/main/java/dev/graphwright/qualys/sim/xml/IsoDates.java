package dev.graphwright.qualys.sim.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Formats and parses the UTC timestamps Qualys uses ({@code YYYY-MM-DDTHH:MM:SSZ}). */
public final class IsoDates {
  private static final Pattern V2_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern V2_DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

  private IsoDates() {}

  /** {@code epochSecond} as {@code YYYY-MM-DDTHH:MM:SSZ}. */
  public static String format(long epochSecond) {
    var chars = new byte[20];
    write(epochSecond, chars, 0);
    return new String(chars, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * Writes {@code epochSecond} as 20 ASCII bytes at {@code pos}. Hand-rolled because millions of
   * dates are written per large response and {@code DateTimeFormatter} dominates the profile.
   */
  static void write(long epochSecond, byte[] out, int pos) {
    long days = Math.floorDiv(epochSecond, 86_400L);
    long secs = Math.floorMod(epochSecond, 86_400L);
    // Civil-from-days (proleptic Gregorian), valid for the years Qualys dates live in.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    digits(out, pos, year, 4);
    out[pos + 4] = '-';
    digits(out, pos + 5, month, 2);
    out[pos + 7] = '-';
    digits(out, pos + 8, day, 2);
    out[pos + 10] = 'T';
    digits(out, pos + 11, (int) (secs / 3600), 2);
    out[pos + 13] = ':';
    digits(out, pos + 14, (int) (secs / 60 % 60), 2);
    out[pos + 16] = ':';
    digits(out, pos + 17, (int) (secs % 60), 2);
    out[pos + 19] = 'Z';
  }

  /**
   * Parses a v2 API date parameter: {@code YYYY-MM-DD} (midnight UTC) or
   * {@code YYYY-MM-DDTHH:MM:SSZ}. Anything else, milliseconds included, is rejected as Qualys does.
   *
   * @return epoch seconds, or null when the value is not accepted
   */
  public static Long parseV2(String value) {
    try {
      if (V2_DATE.matcher(value).matches()) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      }
      if (V2_DATETIME.matcher(value).matches()) {
        return Instant.parse(value).getEpochSecond();
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static void digits(byte[] out, int pos, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out[pos + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
