package dev.graphwright.api.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Common config validators; each returns the reason a value is bad, or empty. */
public final class Validators {

  private Validators() {}

  /** A decimal number, at least {@code min}. */
  public static Function<String, Optional<String>> numberAtLeast(double min) {
    return value -> {
      try {
        double parsed = Double.parseDouble(value.trim());
        return parsed >= min && Double.isFinite(parsed)
            ? Optional.empty()
            : Optional.of("must be a number >= " + trim(min) + ", got '" + value + "'");
      } catch (NumberFormatException e) {
        return Optional.of("must be a number, got '" + value + "'");
      }
    };
  }

  /** A whole number within [min, max]. */
  public static Function<String, Optional<String>> integerBetween(long min, long max) {
    return value -> {
      try {
        long parsed = Long.parseLong(value.trim());
        return parsed >= min && parsed <= max
            ? Optional.empty()
            : Optional.of("must be between " + min + " and " + max + ", got " + parsed);
      } catch (NumberFormatException e) {
        return Optional.of("must be a whole number, got '" + value + "'");
      }
    };
  }

  /** A comma-separated list whose items are all in {@code allowed} (case-sensitive). */
  public static Function<String, Optional<String>> listOf(Set<String> allowed) {
    return value -> {
      List<String> items = splitList(value);
      if (items.isEmpty()) {
        return Optional.of("must list at least one of " + allowed);
      }
      return items.stream()
          .filter(item -> !allowed.contains(item))
          .findFirst()
          .map(bad -> "'" + bad + "' is not one of " + allowed);
    };
  }

  /** Splits a comma-separated list, trimming items and dropping empty ones. */
  public static List<String> splitList(String value) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
