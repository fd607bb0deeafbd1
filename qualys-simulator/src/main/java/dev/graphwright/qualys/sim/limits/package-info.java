/** Qualys' per-API concurrency and rate limits. */
package dev.graphwright.qualys.sim.limits;
