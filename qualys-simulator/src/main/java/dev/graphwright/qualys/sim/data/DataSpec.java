package dev.graphwright.qualys.sim.data;

/**
 * Everything the generated account depends on. Two equal specs always yield byte-identical data.
 *
 * @param seed the seed of every random choice
 * @param now the anchor of all generated dates, in epoch seconds; every date is strictly before it
 * @param hosts number of hosts
 * @param detectionsPerHost mean detections per host (each host gets 0.5x to 1.5x)
 * @param qids size of the QID pool host detections draw from
 * @param webApps number of web applications
 * @param findingsPerWebApp mean findings per scanned web application
 * @param shares the proportions of host and detection variants
 * @param ec2Instances instances another source knows: hosts 0..n-1 are these EC2 instances
 */
public record DataSpec(
    long seed,
    long now,
    int hosts,
    int detectionsPerHost,
    int qids,
    int webApps,
    int findingsPerWebApp,
    Shares shares,
    java.util.List<KnownEc2Instance> ec2Instances) {

  public DataSpec {
    ec2Instances = java.util.List.copyOf(ec2Instances);
  }

  /** A spec without known EC2 instances. */
  public DataSpec(
      long seed,
      long now,
      int hosts,
      int detectionsPerHost,
      int qids,
      int webApps,
      int findingsPerWebApp,
      Shares shares) {
    this(
        seed,
        now,
        hosts,
        detectionsPerHost,
        qids,
        webApps,
        findingsPerWebApp,
        shares,
        java.util.List.of());
  }

  /**
   * Proportions of host and detection variants, each in [0, 1].
   *
   * @param ec2 hosts that are EC2 instances
   * @param publicIp hosts whose primary address is public
   * @param sharedIp hosts that share their address with the previous host
   * @param sharedFqdn hosts that share their DNS name with the previous host
   * @param staleHost hosts last scanned 10 to 60 days before now
   * @param fixed detections with status Fixed
   */
  public record Shares(
      double ec2,
      double publicIp,
      double sharedIp,
      double sharedFqdn,
      double staleHost,
      double fixed) {}
}
