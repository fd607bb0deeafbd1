package dev.graphwright.qualys.client.am;

import static dev.graphwright.qualys.client.xml.QualysValues.text;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.qps.QpsRecordReader;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.RecordBinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads {@code HostAsset} elements with the data binding and maps them to {@link HostAsset}. */
final class HostAssetMapper {

  // The binding costs about 14 % more time per host asset than the hand-written element tree
  // (bench/xml-binding, median of eight runs on 2 cores; single runs range from -1 to +26 %):
  // about 1 µs a record, under the 15 % bar.
  private static final RecordBinder<HostAssetXml> BINDER =
      RecordBinder.notingWrongShapes(HostAssetXml.class);

  /** Reads {@code HostAsset} elements. */
  static final QpsRecordReader<HostAsset> READER = (reader, rawRef) -> {
    var noted = BINDER.bindNotingShapes(reader);
    return new QpsRecordReader.Read<>(
        map(noted.value(), noted.wrongShapeFields(), rawRef.get()),
        noted.value().id());
  };

  private HostAssetMapper() {}

  static HostAsset map(HostAssetXml asset, List<String> wrongShapeFields, RawRef rawRef) {
    return new HostAsset(
        text(asset.id()),
        text(asset.qwebHostId()),
        text(asset.name()),
        QualysValues.instant(text(asset.created())),
        QualysValues.instant(text(asset.modified())),
        text(asset.os()),
        text(asset.dnsHostName()),
        text(asset.fqdn()),
        text(asset.address()),
        text(asset.netbiosName()),
        text(asset.trackingMethod()),
        QualysValues.instant(text(asset.lastVulnScan())),
        tags(asset.tags()),
        interfaces(asset.networkInterface()),
        ec2(asset.sourceInfo()),
        wrongShapeFields,
        rawRef);
  }

  private static List<String> tags(HostAssetXml.@Nullable Tags tags) {
    var names = new ArrayList<String>();
    if (tags == null) {
      return names;
    }
    if (tags.list() != null && tags.list().tags() != null) {
      tags.list().tags().forEach(tag -> addIfPresent(names, text(tag.name())));
    }
    if (tags.legacy() != null) {
      tags.legacy().forEach(tag -> addIfPresent(names, text(tag.name())));
    }
    return names;
  }

  private static List<NetworkInterface> interfaces(HostAssetXml.@Nullable Interfaces nics) {
    var out = new ArrayList<NetworkInterface>();
    if (nics != null && nics.list() != null && nics.list().interfaces() != null) {
      for (var nic : nics.list().interfaces()) {
        out.add(new NetworkInterface(text(nic.hostname()), text(nic.type()), text(nic.address())));
      }
    }
    return out;
  }

  private static @Nullable Ec2Source ec2(HostAssetXml.@Nullable Sources sources) {
    var list = sources == null ? null : sources.list();
    var all = list == null ? null : list.ec2();
    if (all == null || all.isEmpty()) {
      return null;
    }
    var ec2 = all.getFirst();
    var tags = new LinkedHashMap<String, String>();
    var instanceTags = ec2.ec2InstanceTags();
    var tagList = instanceTags == null || instanceTags.tags() == null
        ? null
        : instanceTags.tags().list();
    if (tagList != null && tagList.tags() != null) {
      for (var tag : tagList.tags()) {
        String key = text(tag.key());
        if (key != null) {
          String value = text(tag.value());
          tags.put(key, value == null ? "" : value);
        }
      }
    }
    return new Ec2Source(
        text(ec2.region()),
        text(ec2.accountId()),
        text(ec2.instanceId()),
        text(ec2.instanceType()),
        text(ec2.instanceState()),
        text(ec2.availabilityZone()),
        text(ec2.reservationId()),
        text(ec2.subnetId()),
        text(ec2.vpcId()),
        text(ec2.imageId()),
        text(ec2.privateDnsName()),
        text(ec2.publicDnsName()),
        text(ec2.privateIpAddress()),
        text(ec2.publicIpAddress()),
        QualysValues.instant(text(ec2.firstDiscovered())),
        QualysValues.instant(text(ec2.lastUpdated())),
        text(ec2.groupName()),
        QualysValues.bool(text(ec2.spotInstance())),
        tags);
  }

  private static void addIfPresent(List<String> names, @Nullable String name) {
    if (name != null) {
      names.add(name);
    }
  }
}
