package dev.graphwright.qualys.client.vm;

/** A detection's status as the {@code status} filter spells it. */
public enum DetectionStatus {
  NEW("New"),
  ACTIVE("Active"),
  FIXED("Fixed"),
  REOPENED("Re-Opened");

  private final String qualysName;

  DetectionStatus(String qualysName) {
    this.qualysName = qualysName;
  }

  @Override
  public String toString() {
    return qualysName;
  }
}
