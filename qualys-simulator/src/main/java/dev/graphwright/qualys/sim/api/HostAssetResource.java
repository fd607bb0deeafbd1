package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.Ec2Info;
import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.data.TrackingMethod;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;

/** Asset Management host assets ({@code HostAsset}), one per host, ascending by asset id. */
final class HostAssetResource implements QpsResource<HostRecord> {
  private static final List<String> TRACKING = List.of(
      "NONE",
      "IP",
      "DNSNAME",
      "NETBIOS",
      "INSTANCE_ID",
      "QAGENT",
      "VIRTUAL_MACHINE_ID",
      "GCP_INSTANCE_ID");
  private static final Map<String, QpsField<HostRecord>> FIELDS = buildFields();

  private final HostFactory hosts;

  HostAssetResource(Account account) {
    this.hosts = account.hosts();
  }

  private static Map<String, QpsField<HostRecord>> buildFields() {
    var fields = new LinkedHashMap<String, QpsField<HostRecord>>();
    put(fields, QpsField.of("id", QpsField.Type.LONG, HostRecord::assetId));
    put(fields, QpsField.of("qwebHostId", QpsField.Type.LONG, HostRecord::id));
    put(fields, QpsField.of("lastVulnScan", QpsField.Type.DATE, h -> h.lastVmScan() * 1000));
    put(fields, QpsField.of("updated", QpsField.Type.DATE, h -> h.modified() * 1000));
    put(fields, QpsField.of("created", QpsField.Type.DATE, h -> h.created() * 1000));
    put(fields, QpsField.keyword("trackingMethod", h -> h.tracking().assetName(), TRACKING));
    put(fields, QpsField.of("os", QpsField.Type.TEXT, HostRecord::os));
    put(fields, QpsField.of("dnsHostName", QpsField.Type.TEXT, HostRecord::dns));
    put(fields, QpsField.of("address", QpsField.Type.TEXT, HostRecord::ip));
    put(fields, QpsField.of("name", QpsField.Type.TEXT, HostAssetResource::name));
    put(fields, QpsField.of("netbiosName", QpsField.Type.TEXT, HostRecord::netbios));
    put(
        fields,
        QpsField.of(
            "tagName",
            QpsField.Type.TEXT,
            h -> h.tags().stream().map(TagRecord::name).toList()));
    put(
        fields,
        QpsField.of(
            "tagId",
            QpsField.Type.LONG,
            h -> h.tags().stream().map(TagRecord::id).toList()));
    return java.util.Collections.unmodifiableMap(fields);
  }

  private static void put(Map<String, QpsField<HostRecord>> fields, QpsField<HostRecord> field) {
    fields.put(field.name(), field);
  }

  @Override
  public Map<String, QpsField<HostRecord>> fields() {
    return FIELDS;
  }

  @Override
  public PrimitiveIterator.OfLong candidates(QpsCriteria<HostRecord> criteria, QpsRequest request) {
    long[] hostIds = criteria.equalsOrIn("qwebHostId");
    if (hostIds != null) {
      return IndexWalk.of(
          Arrays.stream(hostIds).map(id -> hosts.ids().indexOf(id)).toArray());
    }
    long[] assetIds = criteria.equalsOrIn("id");
    if (assetIds != null) {
      return IndexWalk.of(Arrays.stream(assetIds).map(hosts::indexOfAssetId).toArray());
    }
    long start = 0;
    Long afterHost = criteria.greaterThan("qwebHostId");
    if (afterHost != null) {
      start = Math.max(start, hosts.ids().firstIndexAtOrAbove(afterHost + 1));
    }
    Long afterAsset = criteria.greaterThan("id");
    if (afterAsset != null) {
      start = Math.max(start, hosts.firstIndexAtOrAboveAssetId(afterAsset + 1));
    }
    if (request.startFromId() != null) {
      start = Math.max(start, hosts.firstIndexAtOrAboveAssetId(request.startFromId()));
    }
    return IndexWalk.range(start, hosts.count());
  }

  @Override
  public HostRecord load(long key) {
    return hosts.host((int) key);
  }

  @Override
  public long id(HostRecord record) {
    return record.assetId();
  }

  @Override
  public void write(XmlOut out, HostRecord host, boolean verbose, OneShotFaults faults) {
    out.open("HostAsset");
    out.leaf("id", host.assetId());
    out.leaf("name", name(host));
    out.leafDate("created", host.created());
    out.leafDate("modified", host.modified());
    out.leaf("type", "HOST");
    tags(out, host);
    sourceInfo(out, host);
    if (faults.take(FaultKind.MALFORMED)) {
      String id = Long.toString(host.id());
      out.rawLine("<qwebHostId>" + id.substring(0, 3) + "<" + id.substring(3) + "</qwebHostId>");
    } else {
      out.leaf("qwebHostId", host.id());
    }
    if (host.tracking() != TrackingMethod.IP) {
      out.leaf("fqdn", host.dns());
    }
    if (faults.take(FaultKind.NON_STRING)) {
      out.rawLine("<os><list/></os>");
    } else {
      out.leaf("os", host.os());
    }
    out.leaf("dnsHostName", host.dns());
    out.leaf("netbiosName", host.netbios());
    out.leaf("address", host.ip());
    out.leafDate("lastVulnScan", host.lastVmScan());
    out.leaf("trackingMethod", host.tracking().assetName());
    if (host.tracking() == TrackingMethod.AGENT) {
      agentInfo(out, host);
    }
    for (String empty :
        new String[] {"openPort", "software", "vuln", "processor", "volume", "account"}) {
      out.open(empty);
      out.empty("list");
      out.close(empty);
    }
    networkInterfaces(out, host);
    out.leafBoolean("isDockerHost", false);
    out.close("HostAsset");
  }

  private static String name(HostRecord host) {
    if (host.isEc2()) {
      return host.ec2().instanceId();
    }
    return host.hostname() != null ? host.hostname() : host.ip();
  }

  private static void tags(XmlOut out, HostRecord host) {
    out.open("tags");
    if (host.tags().isEmpty()) {
      out.empty("list");
    } else {
      out.open("list");
      for (TagRecord tag : host.tags()) {
        out.open("TagSimple");
        out.leaf("id", tag.id());
        out.leaf("name", tag.name());
        out.close("TagSimple");
      }
      out.close("list");
    }
    out.close("tags");
  }

  private static void sourceInfo(XmlOut out, HostRecord host) {
    out.open("sourceInfo");
    out.open("list");
    if (host.isEc2()) {
      ec2Source(out, host, host.ec2());
    } else {
      out.empty("AssetSource");
    }
    out.close("list");
    out.close("sourceInfo");
  }

  private static void ec2Source(XmlOut out, HostRecord host, Ec2Info ec2) {
    out.open("Ec2AssetSourceSimple");
    out.leaf("assetId", host.assetId());
    out.leaf("type", "EC_2");
    out.leafDate("firstDiscovered", host.created());
    out.leafDate("lastUpdated", host.modified());
    out.open("ec2InstanceTags");
    out.open("tags");
    out.open("list");
    for (Ec2Info.Ec2Tag tag : ec2.tags()) {
      out.open("EC2Tags");
      out.leaf("key", tag.key());
      out.leaf("value", tag.value());
      out.close("EC2Tags");
    }
    out.close("list");
    out.close("tags");
    out.close("ec2InstanceTags");
    out.leaf("reservationId", ec2.reservationId());
    out.leaf("availabilityZone", ec2.availabilityZone());
    out.leaf("privateDnsName", ec2.privateDnsName());
    out.leaf("publicDnsName", ec2.publicDnsName());
    out.leaf("instanceId", ec2.instanceId());
    out.leaf("instanceType", ec2.instanceType());
    out.leafDate("createdDate", host.created());
    out.leaf("instanceState", ec2.instanceState());
    out.leaf("groupId", ec2.groupId());
    out.leaf("groupName", ec2.groupName());
    out.leafBoolean("spotInstance", ec2.spotInstance());
    out.leaf("accountId", ec2.accountId());
    out.leaf("subnetId", ec2.subnetId());
    out.leaf("vpcId", ec2.vpcId());
    out.leaf("region", ec2.region());
    out.leaf("zone", "VPC");
    out.leaf("imageId", ec2.imageId());
    out.leaf("publicIpAddress", ec2.publicIp());
    out.leaf("privateIpAddress", ec2.privateIp());
    out.leafBoolean("monitoringEnabled", false);
    out.close("Ec2AssetSourceSimple");
  }

  private static void agentInfo(XmlOut out, HostRecord host) {
    out.open("agentInfo");
    out.leaf("agentVersion", "6.1.0.28");
    out.leaf("agentId", host.qgHostId());
    out.leaf("status", "STATUS_ACTIVE");
    out.leafDate("lastCheckedIn", host.modified());
    out.leaf("connectedFrom", host.ip());
    out.leaf("platform", host.os().startsWith("Windows") ? "Windows" : "Linux");
    out.open("agentConfiguration");
    out.leaf("id", 8099);
    out.leaf("name", "Initial Profile");
    out.close("agentConfiguration");
    out.close("agentInfo");
  }

  private static void networkInterfaces(XmlOut out, HostRecord host) {
    out.open("networkInterface");
    out.open("list");
    if (host.isEc2()) {
      Ec2Info ec2 = host.ec2();
      networkInterface(out, ec2.privateDnsName(), ec2.interfaceId(), "PRIVATE", ec2.privateIp());
      if (ec2.publicIp() != null) {
        networkInterface(out, ec2.publicDnsName(), ec2.interfaceId(), "PUBLIC", ec2.publicIp());
      }
    } else {
      networkInterface(out, host.hostname(), null, null, host.ip());
    }
    out.close("list");
    out.close("networkInterface");
  }

  private static void networkInterface(
      XmlOut out, String hostname, String interfaceId, String type, String address) {
    out.open("HostAssetInterface");
    out.leaf("hostname", hostname);
    out.leaf("interfaceId", interfaceId);
    out.leaf("type", type);
    out.leaf("address", address);
    out.close("HostAssetInterface");
  }
}
