package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.QualysValues;
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
  private final List<String> wrongShape = new ArrayList<>();

  /** Reads the header child the reader is on, leaving the reader on its end tag. */
  void read(XMLStreamReader2 reader, String element) throws XMLStreamException {
    switch (element) {
      case "ID" -> id = text(reader, element);
      case "ASSET_ID" -> assetId = text(reader, element);
      case "IP" -> ip = text(reader, element);
      case "TRACKING_METHOD" -> trackingMethod = text(reader, element);
      case "OS" -> os = text(reader, element);
      case "DNS" -> dns = text(reader, element);
      case "NETBIOS" -> netbios = text(reader, element);
      case "QG_HOSTID" -> qgHostId = text(reader, element);
      case "LAST_SCAN_DATETIME" -> lastScan = text(reader, element);
      case "LAST_VM_SCANNED_DATE" -> lastVmScanned = text(reader, element);
      case "DNS_DATA" -> readDnsData(reader);
      case "TAGS" -> readTags(reader);
      case "METADATA" -> readMetadata(reader);
      default -> XmlReading.skip(reader);
    }
  }

  @Nullable
  String id() {
    return id;
  }

  DetectionHost toHost(RawRef rawRef) {
    return new DetectionHost(
        id == null ? "" : id,
        assetId,
        ip,
        trackingMethod,
        os,
        dns,
        fqdn,
        netbios,
        qgHostId,
        QualysValues.instant(lastScan),
        QualysValues.instant(lastVmScanned),
        ec2,
        tags,
        wrongShape,
        rawRef);
  }

  // A header value with child elements where text belongs becomes null and is remembered.
  private @Nullable String text(XMLStreamReader2 reader, String field) throws XMLStreamException {
    return XmlReading.text(reader, field, wrongShape);
  }

  // The nested parts are read straight from the stream: they come with every host.
  private void readDnsData(XMLStreamReader2 reader) throws XMLStreamException {
    for (String child = XmlReading.nextChild(reader);
        child != null;
        child = XmlReading.nextChild(reader)) {
      if (child.equals("FQDN")) {
        fqdn = text(reader, "DNS_DATA/FQDN");
      } else {
        XmlReading.skip(reader);
      }
    }
  }

  private void readTags(XMLStreamReader2 reader) throws XMLStreamException {
    for (String tag = XmlReading.nextChild(reader);
        tag != null;
        tag = XmlReading.nextChild(reader)) {
      if (!tag.equals("TAG")) {
        XmlReading.skip(reader);
        continue;
      }
      for (String child = XmlReading.nextChild(reader);
          child != null;
          child = XmlReading.nextChild(reader)) {
        String value = child.equals("NAME") ? XmlReading.text(reader) : skipped(reader);
        if (value != null) {
          tags.add(value);
        }
      }
    }
  }

  private void readMetadata(XMLStreamReader2 reader) throws XMLStreamException {
    for (String cloud = XmlReading.nextChild(reader);
        cloud != null;
        cloud = XmlReading.nextChild(reader)) {
      if (cloud.equals("EC2")) {
        ec2 = readEc2(reader);
      } else {
        XmlReading.skip(reader);
      }
    }
  }

  private static Ec2Metadata readEc2(XMLStreamReader2 reader) throws XMLStreamException {
    var attributes = new LinkedHashMap<String, String>();
    for (String attribute = XmlReading.nextChild(reader);
        attribute != null;
        attribute = XmlReading.nextChild(reader)) {
      if (!attribute.equals("ATTRIBUTE")) {
        XmlReading.skip(reader);
        continue;
      }
      String name = null;
      String value = null;
      for (String child = XmlReading.nextChild(reader);
          child != null;
          child = XmlReading.nextChild(reader)) {
        switch (child) {
          case "NAME" -> name = XmlReading.text(reader);
          case "VALUE" -> value = XmlReading.text(reader);
          default -> XmlReading.skip(reader);
        }
      }
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

  private static @Nullable String skipped(XMLStreamReader2 reader) throws XMLStreamException {
    XmlReading.skip(reader);
    return null;
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
