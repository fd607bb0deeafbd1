package dev.graphwright.qualys.client.am;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A host asset's EC2 source ({@code sourceInfo/list/Ec2AssetSourceSimple}). Every value is text
 * as sent: {@code accountId} keeps its leading zeros.
 *
 * @param region {@code region}
 * @param accountId {@code accountId}
 * @param instanceId {@code instanceId}
 * @param instanceType {@code instanceType}
 * @param instanceState {@code instanceState}, e.g. RUNNING
 * @param availabilityZone {@code availabilityZone}
 * @param reservationId {@code reservationId}
 * @param subnetId {@code subnetId}
 * @param vpcId {@code vpcId}
 * @param imageId {@code imageId}
 * @param privateDnsName {@code privateDnsName}
 * @param publicDnsName {@code publicDnsName}
 * @param privateIpAddress {@code privateIpAddress}
 * @param publicIpAddress {@code publicIpAddress}
 * @param firstDiscovered {@code firstDiscovered}
 * @param lastUpdated {@code lastUpdated}
 * @param groupName {@code groupName}
 * @param spotInstance {@code spotInstance}
 * @param tags {@code ec2InstanceTags/tags/list/EC2Tags} key → value
 */
public record Ec2Source(
    @Nullable String region,
    @Nullable String accountId,
    @Nullable String instanceId,
    @Nullable String instanceType,
    @Nullable String instanceState,
    @Nullable String availabilityZone,
    @Nullable String reservationId,
    @Nullable String subnetId,
    @Nullable String vpcId,
    @Nullable String imageId,
    @Nullable String privateDnsName,
    @Nullable String publicDnsName,
    @Nullable String privateIpAddress,
    @Nullable String publicIpAddress,
    @Nullable Instant firstDiscovered,
    @Nullable Instant lastUpdated,
    @Nullable String groupName,
    @Nullable Boolean spotInstance,
    Map<String, String> tags) {

  public Ec2Source {
    tags = Map.copyOf(tags);
  }
}
