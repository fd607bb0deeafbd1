package dev.graphwright.qualys.client.am;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.FieldReader;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps a {@code HostAsset} node to a {@link HostAsset}. */
final class HostAssetMapper {

  private HostAssetMapper() {}

  static HostAsset map(XmlNode asset, RawRef rawRef) {
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
}
