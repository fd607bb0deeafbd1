package dev.graphwright.qualys.sim.data;

/** The {@code status} of a web-application finding (information-gathered findings have none). */
public enum WasStatus {
  NEW,
  ACTIVE,
  REOPENED,
  FIXED,
  PROTECTED
}
