package dev.graphwright.qualys.client.am;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code HostAsset} of {@code search/am/hostasset} as Qualys sends it, bound by {@link
 * dev.graphwright.qualys.client.xml.RecordBinder#notingWrongShapes}; {@link HostAssetMapper}
 * turns it into a {@link HostAsset}. Values stay text here.
 */
record HostAssetXml(
    @JsonProperty("id") @Nullable String id,
    @JsonProperty("qwebHostId") @Nullable String qwebHostId,
    @JsonProperty("name") @Nullable String name,
    @JsonProperty("created") @Nullable String created,
    @JsonProperty("modified") @Nullable String modified,
    @JsonProperty("os") @Nullable String os,
    @JsonProperty("dnsHostName") @Nullable String dnsHostName,
    @JsonProperty("fqdn") @Nullable String fqdn,
    @JsonProperty("address") @Nullable String address,
    @JsonProperty("netbiosName") @Nullable String netbiosName,
    @JsonProperty("trackingMethod") @Nullable String trackingMethod,
    @JsonProperty("lastVulnScan") @Nullable String lastVulnScan,
    @JsonProperty("tags") @Nullable Tags tags,
    @JsonProperty("networkInterface") @Nullable Interfaces networkInterface,
    @JsonProperty("sourceInfo") @Nullable Sources sourceInfo) {

  /** {@code tags}: a {@code list} of {@code TagSimple}, or the legacy {@code TAG} elements. */
  record Tags(
      @JsonProperty("list") @Nullable TagList list,
      @JsonProperty("TAG") @Nullable List<LegacyTag> legacy) {}

  /** The {@code TagSimple} elements of a {@code list}. */
  record TagList(@JsonProperty("TagSimple") @Nullable List<TagSimple> tags) {}

  /** A {@code TagSimple}: its {@code name}. */
  record TagSimple(@JsonProperty("name") @Nullable String name) {}

  /** A legacy {@code TAG}: its {@code NAME}. */
  record LegacyTag(@JsonProperty("NAME") @Nullable String name) {}

  /** {@code networkInterface}: a {@code list} of {@code HostAssetInterface}. */
  record Interfaces(@JsonProperty("list") @Nullable InterfaceList list) {}

  /** The {@code HostAssetInterface} elements of a {@code list}. */
  record InterfaceList(
      @JsonProperty("HostAssetInterface") @Nullable List<Nic> interfaces) {}

  /** A {@code HostAssetInterface}. */
  record Nic(
      @JsonProperty("hostname") @Nullable String hostname,
      @JsonProperty("type") @Nullable String type,
      @JsonProperty("address") @Nullable String address) {}

  /** {@code sourceInfo}: a {@code list} of sources, of which the EC2 ones are read. */
  record Sources(@JsonProperty("list") @Nullable SourceList list) {}

  /** The {@code Ec2AssetSourceSimple} elements of a {@code list}. */
  record SourceList(
      @JsonProperty("Ec2AssetSourceSimple") @Nullable List<Ec2Xml> ec2) {}

  /** An {@code Ec2AssetSourceSimple}. */
  record Ec2Xml(
      @JsonProperty("region") @Nullable String region,
      @JsonProperty("accountId") @Nullable String accountId,
      @JsonProperty("instanceId") @Nullable String instanceId,
      @JsonProperty("instanceType") @Nullable String instanceType,
      @JsonProperty("instanceState") @Nullable String instanceState,
      @JsonProperty("availabilityZone") @Nullable String availabilityZone,
      @JsonProperty("reservationId") @Nullable String reservationId,
      @JsonProperty("subnetId") @Nullable String subnetId,
      @JsonProperty("vpcId") @Nullable String vpcId,
      @JsonProperty("imageId") @Nullable String imageId,
      @JsonProperty("privateDnsName") @Nullable String privateDnsName,
      @JsonProperty("publicDnsName") @Nullable String publicDnsName,
      @JsonProperty("privateIpAddress") @Nullable String privateIpAddress,
      @JsonProperty("publicIpAddress") @Nullable String publicIpAddress,
      @JsonProperty("firstDiscovered") @Nullable String firstDiscovered,
      @JsonProperty("lastUpdated") @Nullable String lastUpdated,
      @JsonProperty("groupName") @Nullable String groupName,
      @JsonProperty("spotInstance") @Nullable String spotInstance,
      @JsonProperty("ec2InstanceTags") @Nullable Ec2InstanceTags ec2InstanceTags) {}

  /** {@code ec2InstanceTags/tags}. */
  record Ec2InstanceTags(@JsonProperty("tags") @Nullable Ec2Tags tags) {}

  /** {@code tags/list}. */
  record Ec2Tags(@JsonProperty("list") @Nullable Ec2TagList list) {}

  /** The {@code EC2Tags} elements of a {@code list}. */
  record Ec2TagList(@JsonProperty("EC2Tags") @Nullable List<Ec2Tag> tags) {}

  /** An {@code EC2Tags}: one tag's {@code key} and {@code value}. */
  record Ec2Tag(
      @JsonProperty("key") @Nullable String key,
      @JsonProperty("value") @Nullable String value) {}
}
