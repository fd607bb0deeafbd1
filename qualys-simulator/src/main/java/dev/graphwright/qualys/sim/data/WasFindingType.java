package dev.graphwright.qualys.sim.data;

/** The {@code type} of a web-application finding. */
public enum WasFindingType {
  VULNERABILITY,
  SENSITIVE_CONTENT,
  INFORMATION_GATHERED
}
