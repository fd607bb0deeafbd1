package dev.graphwright.qualys.sim.limits;

/**
 * The values of Qualys' limit headers after a call was counted.
 *
 * @param running calls running now, this one and foreign callers included
 * @param toWaitSec seconds before the next call is allowed (0 when one is allowed now)
 */
public record LimitState(
    int rateLimit,
    int windowSec,
    int concurrencyLimit,
    int running,
    long toWaitSec,
    int remaining) {}
