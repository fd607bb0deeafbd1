package dev.graphwright.qualys.convert;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Small value conversions shared by the converters. */
public final class Values {

  private Values() {}

  /** Dates are stored as epoch milliseconds, like the earlier integration. */
  public static @Nullable Long epochMillis(@Nullable Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /** Lower case, blank as null. */
  public static @Nullable String lower(@Nullable String value) {
    var text = blankToNull(value);
    return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
  }

  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The first non-blank value. */
  @SafeVarargs
  public static @Nullable String first(@Nullable String... values) {
    for (var value : values) {
      if (blankToNull(value) != null) {
        return value.strip();
      }
    }
    return null;
  }

  /** A QID as a number (the earlier integration stored numbers, so Cypher joins on qid work). */
  public static @Nullable Long qidNumber(@Nullable String qid) {
    if (qid == null || !qid.matches("[0-9]{1,18}")) {
      return null;
    }
    return Long.parseLong(qid);
  }

  /** {@code linux} or {@code windows} when the OS says so. */
  public static @Nullable String platform(@Nullable String os) {
    var lower = lower(os);
    if (lower == null) {
      return null;
    }
    if (lower.contains("windows")) {
      return "windows";
    }
    return lower.contains("linux") ? "linux" : null;
  }
}
