package dev.graphwright.qualys.sim.data;

/** The {@code STATUS} of a host detection (Info detections have none). */
public enum DetectionStatus {
  NEW("New"),
  ACTIVE("Active"),
  REOPENED("Re-Opened"),
  FIXED("Fixed");

  private final String label;

  DetectionStatus(String label) {
    this.label = label;
  }

  /** The value as Qualys writes it. */
  public String label() {
    return label;
  }

  /** Parses a Qualys spelling (case-insensitive); null when unknown. */
  public static DetectionStatus parse(String value) {
    for (var status : values()) {
      if (status.label.equalsIgnoreCase(value.trim())) {
        return status;
      }
    }
    return null;
  }
}
