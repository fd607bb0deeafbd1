package dev.graphwright.qualys.client.limits;

/**
 * How long one API's calls take: until their headers arrive (Qualys' processing) and from there
 * until their body is read (our parsing). Moving averages. Not thread-safe: the governor's lock
 * guards it.
 */
final class PageTimes {

  private static final double WEIGHT = 0.3;

  private double untilHeaders;
  private double body;
  private boolean known;

  void add(long untilHeadersNanos, long bodyNanos) {
    if (!known) {
      untilHeaders = untilHeadersNanos;
      body = bodyNanos;
      known = true;
      return;
    }
    untilHeaders += WEIGHT * (untilHeadersNanos - untilHeaders);
    body += WEIGHT * (bodyNanos - body);
  }

  /**
   * The gap to keep between starting calls when all slots come free together. When Qualys takes
   * long to answer and our reading is comparatively short, calls started at the same moment also
   * stream at the same moment and queue for the CPU, round after round; starting them a body-time
   * apart (spread over the slots) lets one call's reading overlap the others' waiting. When the
   * answer is quick there is nothing to overlap, and the gap is about zero.
   */
  long startSpacingNanos(int capacity) {
    if (!known || capacity < 2) {
      return 0;
    }
    return (long) (Math.min(untilHeaders, body) / capacity);
  }
}
