package dev.graphwright.aws.emulator;

import org.jspecify.annotations.Nullable;

/**
 * One EC2 instance the seeder created.
 *
 * @param publicIp null when the instance has no public address
 * @param exposed whether a security group of the instance is open to the whole internet
 */
public record SeededInstance(
    String accountId,
    String region,
    String instanceId,
    String vpcId,
    String subnetId,
    String privateIp,
    @Nullable String publicIp,
    boolean exposed) {

  /** The instance's ARN: the key of its {@code aws_instance} node. */
  public String arn() {
    return "arn:aws:ec2:" + region + ":" + accountId + ":instance/" + instanceId;
  }

  /** One CSV line: account, region, instance id, private IP, public IP (may be empty). */
  public String csv() {
    return String.join(
        ",", accountId, region, instanceId, privateIp, publicIp == null ? "" : publicIp);
  }
}
