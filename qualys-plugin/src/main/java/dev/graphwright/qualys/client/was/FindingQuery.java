package dev.graphwright.qualys.client.was;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which findings to list for the given web apps.
 *
 * @param lastDetectedAfter {@code lastDetectedDate GREATER} this, or null for all
 */
public record FindingQuery(@Nullable Instant lastDetectedAfter) {

  /** All findings. */
  public static FindingQuery all() {
    return new FindingQuery(null);
  }
}
