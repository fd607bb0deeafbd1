package dev.graphwright.qualys.client.portal;

import dev.graphwright.qualys.client.limits.ApiLimits;
import java.util.Map;

/**
 * What {@code /msp/about.php} tells: versions from the body, limits from the headers.
 *
 * @param versions {@code WEB-VERSION}, {@code SCANNER-VERSION}, {@code VULNSIGS-VERSION}, {@code
 *     API-VERSION} (as MAJOR.MINOR) and any other child of ABOUT
 * @param limits the response's limit headers (the subscription's per-API limits)
 */
public record SubscriptionInfo(Map<String, String> versions, ApiLimits limits) {

  public SubscriptionInfo {
    versions = Map.copyOf(versions);
  }
}
