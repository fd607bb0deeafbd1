package dev.graphwright.qualys.convert;

import static dev.graphwright.qualys.convert.Values.blankToNull;
import static dev.graphwright.qualys.convert.Values.epochMillis;
import static dev.graphwright.qualys.convert.Values.first;
import static dev.graphwright.qualys.convert.Values.lower;

import dev.graphwright.api.graph.Properties;
import dev.graphwright.qualys.client.am.Ec2Source;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.Locale;
import java.util.Map;

/**
 * The Host a Qualys host maps to: the filter values (public IP, EC2 ARN, fqdn, Qualys host id) and
 * the placeholder's properties when no integration owns a matching Host. An EC2 instance's
 * placeholder is an {@code aws_instance} keyed by its ARN, so the AWS integration adopts it; any
 * other host's is a {@code discovered_host} keyed {@code qualys-host:<id>}.
 */
public final class HostTargets {

  private HostTargets() {}

  /** The target of a host described by Asset Management. */
  public static Map<String, Object> fromAsset(HostAsset asset, String qwebHostId) {
    var fqdn = first(lower(asset.dnsHostName()), lower(asset.fqdn()));
    var hostname = first(fqdn, asset.address(), asset.id(), qwebHostId);
    var props = Properties.builder()
        .put("_class", QualysTypes.HOST_CLASS)
        .put("hostname", hostname)
        .put("fqdn", fqdn)
        .put("os", blankToNull(asset.os()))
        .put("platform", Values.platform(asset.os()))
        .put("qualysAssetId", asset.id())
        .put("qualysHostId", qwebHostId)
        .put("qualysCreatedOn", epochMillis(asset.created()))
        .put("scannedBy", "qualys")
        .put("discoveredBy", "qualys")
        .put("lastScannedOn", epochMillis(asset.lastVulnScan()))
        .put("name", first(asset.name(), hostname))
        .put("displayName", first(asset.name(), hostname))
        .put("ipAddress", blankToNull(asset.address()))
        .put("netbiosName", blankToNull(asset.netbiosName()))
        .put("trackingMethod", blankToNull(asset.trackingMethod()))
        .put("tags", asset.tags().isEmpty() ? null : asset.tags());
    putAddresses(props, asset);
    var ec2 = asset.ec2();
    if (ec2 != null
        && ec2.region() != null
        && ec2.accountId() != null
        && ec2.instanceId() != null) {
      putEc2(props, ec2);
      props
          .put("_type", QualysTypes.AWS_INSTANCE)
          .put("_key", QualysKeys.ec2Arn(ec2.region(), ec2.accountId(), ec2.instanceId()));
    } else {
      props
          .put("_type", QualysTypes.DISCOVERED_HOST)
          .put("_key", QualysKeys.discoveredHost(qwebHostId));
    }
    return props.build();
  }

  /** The target of a host Qualys listed but Asset Management did not describe. */
  public static Map<String, Object> fromId(String qwebHostId) {
    return Properties.builder()
        .put("_class", QualysTypes.HOST_CLASS)
        .put("_type", QualysTypes.DISCOVERED_HOST)
        .put("_key", QualysKeys.discoveredHost(qwebHostId))
        .put("qualysHostId", qwebHostId)
        .put("hostname", qwebHostId)
        .put("name", "Qualys host " + qwebHostId)
        .put("displayName", "Qualys host " + qwebHostId)
        .put("scannedBy", "qualys")
        .put("discoveredBy", "qualys")
        .build();
  }

  /** Whether a target is an EC2 instance (an {@code aws_instance} placeholder). */
  public static boolean isEc2(Map<String, Object> target) {
    return QualysTypes.AWS_INSTANCE.equals(target.get("_type"));
  }

  private static void putAddresses(Properties.Builder props, HostAsset asset) {
    var address = blankToNull(asset.address());
    String publicIp = IpAddresses.isPublic(address) ? address : null;
    String privateIp = publicIp == null && IpAddresses.isAddress(address) ? address : null;
    for (var nic : asset.networkInterfaces()) {
      var nicAddress = blankToNull(nic.address());
      if (publicIp == null && IpAddresses.isPublic(nicAddress)) {
        publicIp = nicAddress;
      }
      if (privateIp == null
          && "PRIVATE".equalsIgnoreCase(nic.type())
          && IpAddresses.isAddress(nicAddress)) {
        privateIp = nicAddress;
      }
    }
    props.put("publicIpAddress", publicIp).put("privateIpAddress", privateIp);
  }

  private static void putEc2(Properties.Builder props, Ec2Source ec2) {
    props
        .put("id", ec2.instanceId())
        .put("instanceId", ec2.instanceId())
        .put("accountId", ec2.accountId())
        .put("region", ec2.region())
        .put(
            "state",
            ec2.instanceState() == null ? null : ec2.instanceState().toLowerCase(Locale.ROOT))
        .put("reservationId", ec2.reservationId())
        .put("availabilityZone", ec2.availabilityZone())
        .put("subnetId", ec2.subnetId())
        .put("vpcId", ec2.vpcId())
        .put("instanceType", ec2.instanceType())
        .put("imageId", ec2.imageId())
        .put("privateDnsName", ec2.privateDnsName())
        .put("publicDnsName", ec2.publicDnsName())
        .put("qualysFirstDiscoveredOn", epochMillis(ec2.firstDiscovered()))
        .put("qualysLastUpdatedOn", epochMillis(ec2.lastUpdated()));
    if (blankToNull(ec2.publicIpAddress()) != null) {
      props.put("publicIpAddress", ec2.publicIpAddress());
    }
    if (blankToNull(ec2.privateIpAddress()) != null) {
      props.put("privateIpAddress", ec2.privateIpAddress());
    }
    ec2.tags().forEach((key, value) -> {
      if (key.matches("[A-Za-z0-9_.]{1,100}")) {
        props.put("tag." + key, value);
      }
    });
    var name = first(ec2.tags().get("Name"), ec2.tags().get("name"));
    if (name != null) {
      props.put("name", name).put("displayName", name);
    }
  }
}
