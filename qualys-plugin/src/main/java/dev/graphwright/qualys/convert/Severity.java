package dev.graphwright.qualys.convert;

import org.jspecify.annotations.Nullable;

/**
 * Qualys severities (1–5) as the earlier integration normalised them: a {@code severity} word and
 * a {@code numericSeverity} on a 1–10 scale.
 */
public final class Severity {

  private Severity() {}

  /** 1 informational, 2 low, 3 medium, 4 high, 5 critical; 0 none. */
  public static String label(@Nullable Integer severity) {
    if (severity == null || severity < 0) {
      return "informational";
    }
    return switch (severity) {
      case 0 -> "none";
      case 1 -> "informational";
      case 2 -> "low";
      case 3 -> "medium";
      case 4 -> "high";
      default -> "critical";
    };
  }

  /** 1 → 1, 2 → 4, 3 → 6, 4 → 8, 5 → 10. */
  public static int numeric(@Nullable Integer severity) {
    if (severity == null || severity <= 1) {
      return 1;
    }
    return Math.min(10, severity * 2);
  }
}
