package dev.graphwright.qualys.sim.data;

/** A Qualys asset tag. */
public record TagRecord(long id, String name) {}
