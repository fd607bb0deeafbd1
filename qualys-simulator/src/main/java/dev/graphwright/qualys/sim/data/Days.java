package dev.graphwright.qualys.sim.data;

/** Time spans in seconds. */
final class Days {
  static final long HOUR = 3600;
  static final long DAY = 86_400;

  private Days() {}
}
