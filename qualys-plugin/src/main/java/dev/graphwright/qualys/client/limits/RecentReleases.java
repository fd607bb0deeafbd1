package dev.graphwright.qualys.client.limits;

/**
 * When our last call of one API ended. Qualys may still count a call for a moment after we read
 * its last byte, so the slot it freed is reused only after a short grace. Not thread-safe: the
 * governor's lock guards it.
 */
final class RecentReleases {

  private final long graceNanos;
  private long last;

  RecentReleases(long graceNanos, long now) {
    this.graceNanos = graceNanos;
    this.last = now - graceNanos;
  }

  void add(long now) {
    last = now;
  }

  /** Nanoseconds until the grace of the latest release is over (≤ 0: over). */
  long graceLeft(long now) {
    return last + graceNanos - now;
  }
}
