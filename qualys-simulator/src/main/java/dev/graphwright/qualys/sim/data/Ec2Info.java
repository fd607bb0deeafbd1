package dev.graphwright.qualys.sim.data;

import java.util.List;

/**
 * The EC2 facts of a host. {@code accountId} is text: some ids start with 0.
 *
 * @param publicIp null when the instance has no public address
 * @param publicDnsName null when the instance has no public address
 */
public record Ec2Info(
    String instanceId,
    String accountId,
    String region,
    String availabilityZone,
    String imageId,
    String instanceType,
    String privateIp,
    String publicIp,
    String privateDnsName,
    String publicDnsName,
    String vpcId,
    String subnetId,
    String reservationId,
    String groupId,
    String groupName,
    String interfaceId,
    String instanceState,
    boolean spotInstance,
    List<Ec2Tag> tags) {

  /** An EC2 instance tag. */
  public record Ec2Tag(String key, String value) {}
}
