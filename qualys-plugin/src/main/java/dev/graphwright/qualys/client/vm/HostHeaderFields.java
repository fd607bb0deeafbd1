package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlNode;
import dev.graphwright.qualys.client.xml.XmlReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** The header values of one detection-page HOST while it is read. */
final class HostHeaderFields {

  private @Nullable String id;
  private @Nullable String assetId;
  private @Nullable String ip;
  private @Nullable String trackingMethod;
  private @Nullable String os;
  private @Nullable String dns;
  private @Nullable String fqdn;
  private @Nullable String netbios;
  private @Nullable String qgHostId;
  private @Nullable String lastScan;
  private @Nullable String lastVmScanned;
  private @Nullable Ec2Metadata ec2;
  private final List<String> tags = new ArrayList<>();

  /** Reads the header child the reader is on, leaving the reader on its end tag. */
  void read(XMLStreamReader2 reader, String element) throws XMLStreamException {
    switch (element) {
      case "ID" -> id = XmlReading.text(reader);
      case "ASSET_ID" -> assetId = XmlReading.text(reader);
      case "IP" -> ip = XmlReading.text(reader);
      case "TRACKING_METHOD" -> trackingMethod = XmlReading.text(reader);
      case "OS" -> os = XmlReading.text(reader);
      case "DNS" -> dns = XmlReading.text(reader);
      case "NETBIOS" -> netbios = XmlReading.text(reader);
      case "QG_HOSTID" -> qgHostId = XmlReading.text(reader);
      case "LAST_SCAN_DATETIME" -> lastScan = XmlReading.text(reader);
      case "LAST_VM_SCANNED_DATE" -> lastVmScanned = XmlReading.text(reader);
      case "DNS_DATA" -> fqdn = XmlNode.read(reader).text("FQDN");
      case "TAGS" -> readTags(XmlNode.read(reader));
      case "METADATA" -> ec2 = ec2Of(XmlNode.read(reader).child("EC2"));
      default -> XmlReading.skip(reader);
    }
  }

  @Nullable String id() {
    return id;
  }

  DetectionHost toHost(RawRef rawRef) {
    return new DetectionHost(
        id == null ? "" : id, assetId, ip, trackingMethod, os, dns, fqdn, netbios, qgHostId,
        QualysValues.instant(lastScan), QualysValues.instant(lastVmScanned), ec2, tags, rawRef);
  }

  private void readTags(XmlNode node) {
    for (XmlNode tag : node.all("TAG")) {
      String name = tag.text("NAME");
      if (name != null) {
        tags.add(name);
      }
    }
  }

  private static @Nullable Ec2Metadata ec2Of(@Nullable XmlNode ec2) {
    if (ec2 == null) {
      return null;
    }
    var attributes = new LinkedHashMap<String, String>();
    for (XmlNode attribute : ec2.all("ATTRIBUTE")) {
      String name = attribute.text("NAME");
      String value = attribute.text("VALUE");
      if (name != null && value != null) {
        attributes.put(name, value);
      }
    }
    return new Ec2Metadata(
        endingWith(attributes, "region"),
        endingWith(attributes, "accountId"),
        endingWith(attributes, "instanceId"),
        attributes);
  }

  private static @Nullable String endingWith(LinkedHashMap<String, String> attributes, String key) {
    for (var entry : attributes.entrySet()) {
      String name = entry.getKey();
      if (name.equals(key) || name.endsWith("/" + key)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
