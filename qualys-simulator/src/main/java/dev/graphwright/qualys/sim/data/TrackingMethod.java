package dev.graphwright.qualys.sim.data;

/** How Qualys tracks a host; the VM and the Asset Management APIs spell it differently. */
public enum TrackingMethod {
  IP("IP", "IP"),
  DNS("DNS", "DNSNAME"),
  AGENT("AGENT", "QAGENT"),
  EC2("EC2", "INSTANCE_ID");

  private final String vmName;
  private final String assetName;

  TrackingMethod(String vmName, String assetName) {
    this.vmName = vmName;
    this.assetName = assetName;
  }

  /** The value of {@code TRACKING_METHOD} in the VM (v2) APIs. */
  public String vmName() {
    return vmName;
  }

  /** The value of {@code trackingMethod} in the QPS host asset API. */
  public String assetName() {
    return assetName;
  }
}
