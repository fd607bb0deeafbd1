package dev.graphwright.qualys.client.was;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which web apps to list: always {@code isScanned EQUALS true}, and {@code lastScan.date GREATER
 * lastScannedAfter} when given (GREATER: EQUALS on a date matches next to nothing).
 *
 * @param lastScannedAfter only apps scanned after this, or null for all scanned apps
 */
public record WebAppQuery(@Nullable Instant lastScannedAfter) {

  /** Every scanned web app. */
  public static WebAppQuery allScanned() {
    return new WebAppQuery(null);
  }
}
