package dev.graphwright.qualys.sim.limits;

/** The subscription's limits, the same for every limited API. 0 disables a control. */
public record LimitSettings(int concurrencyLimit, int rateLimit, int rateWindowSec) {}
