package dev.graphwright.runtime.run;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run ids that sort by start time and never collide: {@code 20261127T223000Z-3f9a1c}. */
final class RunIds {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  static String next(Instant now) {
    var suffix = new byte[3];
    RANDOM.nextBytes(suffix);
    return STAMP.format(now) + "-" + HexFormat.of().formatHex(suffix);
  }
}
