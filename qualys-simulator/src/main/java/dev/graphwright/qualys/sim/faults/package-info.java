/** Fault switches ({@code NAME[:RATE][@API]}) and their deterministic draws. */
package dev.graphwright.qualys.sim.faults;
