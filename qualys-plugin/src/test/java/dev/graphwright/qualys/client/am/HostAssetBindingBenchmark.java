package dev.graphwright.qualys.client.am;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.bench.BindingRace;
import dev.graphwright.qualys.client.xml.FieldReader;
import dev.graphwright.qualys.client.xml.RecordBinder;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * How much Jackson's XML data binding costs against the hand-written element tree, for host
 * assets ({@code HostAsset} with an EC2 source, tags and interfaces): both must read equal
 * {@link HostAsset}s (see {@link BindingRace}). Not a test; run it with {@code bench/xml-binding}.
 */
public final class HostAssetBindingBenchmark {

  private static final RecordBinder<HostAssetXml> BINDER =
      RecordBinder.notingWrongShapes(HostAssetXml.class);

  private HostAssetBindingBenchmark() {}

  public static void main(String[] args) throws XMLStreamException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    var rawRef = new RawRef("page-1", 0, 0);
    BindingRace.run(
        "host assets",
        page(records).getBytes(StandardCharsets.UTF_8),
        "HostAsset",
        rounds,
        reader -> fromTree(XmlNode.read(reader), rawRef),
        reader -> {
          var noted = BINDER.bindNotingShapes(reader);
          return HostAssetMapper.map(noted.value(), noted.wrongShapeFields(), rawRef);
        });
  }

  /** The hand-written mapping the binding replaced, kept here as the baseline. */
  private static HostAsset fromTree(XmlNode asset, RawRef rawRef) {
    var fields = new FieldReader(asset);
    return new HostAsset(
        fields.text("id"),
        fields.text("qwebHostId"),
        fields.text("name"),
        fields.instant("created"),
        fields.instant("modified"),
        fields.text("os"),
        fields.text("dnsHostName"),
        fields.text("fqdn"),
        fields.text("address"),
        fields.text("netbiosName"),
        fields.text("trackingMethod"),
        fields.instant("lastVulnScan"),
        tags(asset.child("tags")),
        interfaces(asset.path("networkInterface", "list")),
        ec2(asset.path("sourceInfo", "list")),
        fields.wrongShapeFields(),
        rawRef);
  }

  private static List<String> tags(@Nullable XmlNode tags) {
    var names = new ArrayList<String>();
    if (tags == null) {
      return names;
    }
    XmlNode list = tags.child("list");
    if (list != null) {
      for (XmlNode tag : list.all("TagSimple")) {
        addIfPresent(names, tag.text("name"));
      }
    }
    for (XmlNode tag : tags.all("TAG")) {
      addIfPresent(names, tag.text("NAME"));
    }
    return names;
  }

  private static List<NetworkInterface> interfaces(@Nullable XmlNode list) {
    var out = new ArrayList<NetworkInterface>();
    if (list != null) {
      for (XmlNode nic : list.all("HostAssetInterface")) {
        out.add(new NetworkInterface(nic.text("hostname"), nic.text("type"), nic.text("address")));
      }
    }
    return out;
  }

  private static @Nullable Ec2Source ec2(@Nullable XmlNode sources) {
    XmlNode ec2 = sources == null ? null : sources.child("Ec2AssetSourceSimple");
    if (ec2 == null) {
      return null;
    }
    var fields = new FieldReader(ec2);
    var tags = new LinkedHashMap<String, String>();
    XmlNode tagList = ec2.path("ec2InstanceTags", "tags", "list");
    if (tagList != null) {
      for (XmlNode tag : tagList.all("EC2Tags")) {
        String key = tag.text("key");
        if (key != null) {
          tags.put(key, tag.text("value") == null ? "" : tag.text("value"));
        }
      }
    }
    return new Ec2Source(
        fields.text("region"),
        fields.text("accountId"),
        fields.text("instanceId"),
        fields.text("instanceType"),
        fields.text("instanceState"),
        fields.text("availabilityZone"),
        fields.text("reservationId"),
        fields.text("subnetId"),
        fields.text("vpcId"),
        fields.text("imageId"),
        fields.text("privateDnsName"),
        fields.text("publicDnsName"),
        fields.text("privateIpAddress"),
        fields.text("publicIpAddress"),
        fields.instant("firstDiscovered"),
        fields.instant("lastUpdated"),
        fields.text("groupName"),
        fields.bool("spotInstance"),
        tags);
  }

  private static void addIfPresent(List<String> names, @Nullable String name) {
    if (name != null) {
      names.add(name);
    }
  }

  /** A page of EC2 host assets shaped like Qualys' answers. */
  private static String page(int records) {
    var xml = new StringBuilder(records * 2500);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServiceResponse>")
        .append("<responseCode>SUCCESS</responseCode><count>")
        .append(records)
        .append("</count><hasMoreRecords>false</hasMoreRecords><data>\n");
    for (int i = 0; i < records; i++) {
      int id = 7_000_000 + i;
      String ip = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
      xml.append("<HostAsset><id>")
          .append(id)
          .append("</id><name>web-")
          .append(i)
          .append("</name><created>2025-05-01T10:00:00Z</created>")
          .append("<modified>2026-02-01T11:00:00Z</modified><type>HOST</type><tags><list>")
          .append("<TagSimple><id>1</id><name>Cloud Agent</name></TagSimple>")
          .append("<TagSimple><id>2</id><name>PCI</name></TagSimple></list></tags>")
          .append("<sourceInfo><list><AssetSource /><Ec2AssetSourceSimple>")
          .append("<assetId>")
          .append(id)
          .append("</assetId><type>EC_2</type>")
          .append("<firstDiscovered>2025-05-01T10:00:00Z</firstDiscovered>")
          .append("<lastUpdated>2026-02-01T11:00:00Z</lastUpdated><ec2InstanceTags><tags><list>")
          .append("<EC2Tags><key>Team</key><value>Payments</value></EC2Tags>")
          .append("<EC2Tags><key>Name</key><value>web-")
          .append(i)
          .append("</value></EC2Tags>")
          .append("</list></tags></ec2InstanceTags>")
          .append("<reservationId>r-0123456789abcdef0</reservationId>")
          .append("<availabilityZone>eu-west-3a</availabilityZone>")
          .append("<privateDnsName>ip-")
          .append(ip.replace('.', '-'))
          .append(".eu-west-3.compute.internal</privateDnsName>")
          .append("<instanceId>i-")
          .append(Integer.toHexString(id))
          .append("</instanceId>")
          .append("<instanceType>t3.small</instanceType><instanceState>RUNNING</instanceState>")
          .append("<groupName>web-sg</groupName><spotInstance>false</spotInstance>")
          .append("<accountId>000123456789</accountId><subnetId>subnet-0aa</subnetId>")
          .append("<vpcId>vpc-0bb</vpcId><region>eu-west-3</region><imageId>ami-0cc</imageId>")
          .append("<privateIpAddress>")
          .append(ip)
          .append("</privateIpAddress>")
          .append("</Ec2AssetSourceSimple></list></sourceInfo>")
          .append("<qwebHostId>")
          .append(100_000 + i)
          .append("</qwebHostId>")
          .append("<fqdn>web-")
          .append(i)
          .append(".example.test</fqdn><os>Linux</os>")
          .append("<dnsHostName>web-")
          .append(i)
          .append(".example.test</dnsHostName>")
          .append("<address>")
          .append(ip)
          .append("</address>")
          .append("<trackingMethod>INSTANCE_ID</trackingMethod><networkInterface><list>")
          .append("<HostAssetInterface><hostname>ip-")
          .append(i)
          .append("</hostname><interfaceId>eni-1</interfaceId><type>PRIVATE</type><address>")
          .append(ip)
          .append("</address></HostAssetInterface></list></networkInterface>")
          .append("</HostAsset>\n");
    }
    return xml.append("</data></ServiceResponse>\n").toString();
  }
}
