package dev.graphwright.api.graph;

/** Which way a mapped relationship points, seen from its source entity. */
public enum Direction {
  /** source → target. */
  FORWARD,
  /** target → source. */
  REVERSE
}
