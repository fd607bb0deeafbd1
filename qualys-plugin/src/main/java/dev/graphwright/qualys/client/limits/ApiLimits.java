package dev.graphwright.qualys.client.limits;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The limit headers of one Qualys v2 response; each is null when the response did not carry it
 * (QPS responses and the 401 carry none).
 *
 * @param concurrencyLimit {@code X-Concurrency-Limit-Limit}: calls this API allows at once
 * @param concurrencyRunning {@code X-Concurrency-Limit-Running}: calls running now, this one
 *     included
 * @param rateLimit {@code X-RateLimit-Limit}: calls allowed per window
 * @param rateRemaining {@code X-RateLimit-Remaining}: calls left in the current window
 * @param rateWindowSeconds {@code X-RateLimit-Window-Sec}
 * @param toWaitSeconds {@code X-RateLimit-ToWait-Sec}: seconds before the next call is allowed
 */
public record ApiLimits(
    @Nullable Integer concurrencyLimit,
    @Nullable Integer concurrencyRunning,
    @Nullable Integer rateLimit,
    @Nullable Integer rateRemaining,
    @Nullable Integer rateWindowSeconds,
    @Nullable Integer toWaitSeconds) {

  /** No headers at all. */
  public static final ApiLimits NONE = new ApiLimits(null, null, null, null, null, null);

  /**
   * Reads the headers through a case-insensitive lookup (OkHttp's {@code Headers::get} is one).
   */
  public static ApiLimits fromHeaders(Function<String, @Nullable String> header) {
    return new ApiLimits(
        number(header.apply("X-Concurrency-Limit-Limit")),
        number(header.apply("X-Concurrency-Limit-Running")),
        number(header.apply("X-RateLimit-Limit")),
        number(header.apply("X-RateLimit-Remaining")),
        number(header.apply("X-RateLimit-Window-Sec")),
        number(header.apply("X-RateLimit-ToWait-Sec")));
  }

  /** Whether any limit header was present. */
  public boolean any() {
    return concurrencyLimit != null
        || rateLimit != null
        || rateRemaining != null
        || toWaitSeconds != null;
  }

  private static @Nullable Integer number(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
