package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.Ec2Info;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Host elements shared by the host list and host detection outputs. */
final class HostXml {
  private static final String DOCUMENT = "latest/dynamic/instance-identity/document/";

  private HostXml() {}

  /** How to render hosts in one response. */
  record Options(
      boolean showAssetId, boolean showTags, boolean ec2Metadata, Set<String> metadataFields) {}

  /** {@code DNS} as CDATA, or as child elements when the non-string fault asks for it. */
  static void dns(XmlOut out, HostRecord host, boolean nonString) {
    if (nonString) {
      out.rawLine("<DNS><X>1</X></DNS>");
    } else {
      out.leafCdata("DNS", host.dns());
    }
    if (host.dns() != null) {
      out.open("DNS_DATA");
      out.leafCdata("HOSTNAME", host.hostname());
      out.leafCdata("DOMAIN", host.domain());
      out.leafCdata("FQDN", host.dns());
      out.close("DNS_DATA");
    }
  }

  /** The cloud identity elements of an EC2 host. */
  static void cloud(XmlOut out, HostRecord host) {
    if (host.isEc2()) {
      out.leaf("CLOUD_PROVIDER", "AWS");
      out.leaf("CLOUD_SERVICE", "VM");
      out.leaf("CLOUD_RESOURCE_ID", host.ec2().instanceId());
      out.leaf("EC2_INSTANCE_ID", host.ec2().instanceId());
    }
  }

  /** {@code TAGS} (when asked for and the host has tags). */
  static void tags(XmlOut out, HostRecord host, Options options) {
    if (!options.showTags() || host.tags().isEmpty()) {
      return;
    }
    out.open("TAGS");
    for (TagRecord tag : host.tags()) {
      out.open("TAG");
      out.leaf("TAG_ID", tag.id());
      out.leafCdata("NAME", tag.name());
      out.close("TAG");
    }
    out.close("TAGS");
  }

  /** {@code METADATA/EC2} attributes (when asked for and the host is an EC2 instance). */
  static void metadata(XmlOut out, HostRecord host, Options options) {
    if (!options.ec2Metadata() || !host.isEc2()) {
      return;
    }
    var attributes = attributes(host.ec2());
    if (!options.metadataFields().isEmpty()) {
      attributes.removeIf(
          a -> !options.metadataFields().contains(leaf(a[0]).toLowerCase(java.util.Locale.ROOT)));
    }
    if (attributes.isEmpty()) {
      return;
    }
    out.open("METADATA");
    out.open("EC2");
    for (String[] attribute : attributes) {
      out.open("ATTRIBUTE");
      out.leafCdata("NAME", attribute[0]);
      out.leaf("LAST_STATUS", "Success");
      out.leafCdata("VALUE", attribute[1]);
      out.leafDate("LAST_SUCCESS_DATE", host.lastScanDatetime());
      out.close("ATTRIBUTE");
    }
    out.close("EC2");
    out.close("METADATA");
  }

  private static List<String[]> attributes(Ec2Info ec2) {
    var attributes = new ArrayList<String[]>();
    attributes.add(new String[] {DOCUMENT + "region", ec2.region()});
    attributes.add(new String[] {DOCUMENT + "accountId", ec2.accountId()});
    attributes.add(new String[] {DOCUMENT + "instanceId", ec2.instanceId()});
    attributes.add(new String[] {DOCUMENT + "imageId", ec2.imageId()});
    attributes.add(new String[] {DOCUMENT + "availabilityZone", ec2.availabilityZone()});
    attributes.add(new String[] {DOCUMENT + "instanceType", ec2.instanceType()});
    attributes.add(new String[] {DOCUMENT + "privateIp", ec2.privateIp()});
    attributes.add(new String[] {"latest/meta-data/local-hostname", ec2.privateDnsName()});
    if (ec2.publicIp() != null) {
      attributes.add(new String[] {"latest/meta-data/public-ipv4", ec2.publicIp()});
      attributes.add(new String[] {"latest/meta-data/public-hostname", ec2.publicDnsName()});
    }
    attributes.add(new String[] {"instanceState", ec2.instanceState()});
    attributes.add(new String[] {"groupName", ec2.groupName()});
    return attributes;
  }

  private static String leaf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
