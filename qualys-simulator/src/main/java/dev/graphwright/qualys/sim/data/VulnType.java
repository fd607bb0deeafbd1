package dev.graphwright.qualys.sim.data;

/** The knowledge base {@code VULN_TYPE} of a QID. */
public enum VulnType {
  CONFIRMED("Vulnerability"),
  POTENTIAL("Potential Vulnerability"),
  EITHER("Vulnerability or Potential Vulnerability"),
  INFORMATION("Information Gathered");

  private final String label;

  VulnType(String label) {
    this.label = label;
  }

  /** The value as Qualys writes it. */
  public String label() {
    return label;
  }
}
