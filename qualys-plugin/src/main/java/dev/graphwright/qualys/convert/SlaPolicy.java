package dev.graphwright.qualys.convert;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many days a finding of each Qualys severity (1-5) may stay open, e.g. {@code 5:7,4:30,3:90};
 * severities without an entry have no SLA.
 */
public final class SlaPolicy {

  /** No SLA for any severity. */
  public static final SlaPolicy NONE = new SlaPolicy(Map.of());

  private final Map<Integer, Integer> daysBySeverity;

  private SlaPolicy(Map<Integer, Integer> daysBySeverity) {
    this.daysBySeverity = Map.copyOf(daysBySeverity);
  }

  /**
   * Parses {@code severity:days} pairs separated by commas; blank means no SLA.
   *
   * @throws IllegalArgumentException naming the bad pair
   */
  public static SlaPolicy parse(String text) {
    var days = new HashMap<Integer, Integer>();
    for (var pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      var parts = pair.trim().split(":");
      try {
        int severity = Integer.parseInt(parts[0].trim());
        int limit = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : -1;
        if (severity < 1
            || severity > 5
            || limit < 1
            || limit > 3650
            || days.put(severity, limit) != null) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'" + pair.trim() + "' is not severity:days (severity 1-5 once each, days 1-3650),"
                + " e.g. 5:7,4:30,3:90");
      }
    }
    return new SlaPolicy(days);
  }

  /** The problem with this text as a policy, for config validation. */
  public static Optional<String> check(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /** When a finding of this severity, first seen then, is due to be fixed; null without an SLA. */
  public @Nullable Instant dueOn(@Nullable Integer severity, @Nullable Instant firstSeen) {
    var days = severity == null ? null : daysBySeverity.get(severity);
    return days == null || firstSeen == null ? null : firstSeen.plus(Duration.ofDays(days));
  }
}
