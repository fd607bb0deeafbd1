package dev.graphwright.qualys.sim.data;

import java.util.Locale;

/** The {@code TYPE} of a host detection. */
public enum DetectionType {
  CONFIRMED("Confirmed"),
  POTENTIAL("Potential"),
  INFO("Info");

  private final String label;

  DetectionType(String label) {
    this.label = label;
  }

  /** The value as Qualys writes it. */
  public String label() {
    return label;
  }

  /** Parses a Qualys spelling (case-insensitive); null when unknown. */
  public static DetectionType parse(String value) {
    for (var type : values()) {
      if (type.label.equalsIgnoreCase(value.trim())) {
        return type;
      }
    }
    return value.trim().toLowerCase(Locale.ROOT).equals("ig") ? INFO : null;
  }
}
