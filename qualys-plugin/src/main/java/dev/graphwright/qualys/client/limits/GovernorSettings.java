package dev.graphwright.qualys.client.limits;

/**
 * How the governor sizes concurrency.
 *
 * @param cap never more than this many calls in flight per API, whatever Qualys allows
 * @param reserve calls per API left free for other tools of the subscription
 * @param paceBelowFraction start pacing when {@code X-RateLimit-Remaining} falls to this fraction
 *     of {@code X-RateLimit-Limit} (and at least {@link #paceBelowMinimum})
 * @param paceBelowMinimum start pacing at this many remaining calls at the latest
 */
public record GovernorSettings(
    int cap, int reserve, double paceBelowFraction, int paceBelowMinimum) {

  public GovernorSettings {
    if (cap < 1 || reserve < 0 || paceBelowFraction < 0 || paceBelowMinimum < 0) {
      throw new IllegalArgumentException("bad governor settings: " + cap + "/" + reserve);
    }
  }
}
