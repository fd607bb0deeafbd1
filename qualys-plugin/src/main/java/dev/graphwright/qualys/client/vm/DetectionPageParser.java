package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlReading;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * The hot path: reads a host detection page host by host and detection by detection with plain
 * StAX, handing each on as soon as it is complete. Returns the next page's {@code id_min}.
 *
 * <p>A host's header is handed on when its DETECTION_LIST starts (Qualys' DTD puts the list last).
 * A detection whose QID is not a number is reported through {@code badRecord} and skipped.
 */
final class DetectionPageParser implements PageParser<@Nullable String> {

  private static final Set<String> HOST = Set.of("HOST");

  private final DetectionHandler handler;
  private final Consumer<String> badRecord;

  DetectionPageParser(DetectionHandler handler, Consumer<String> badRecord) {
    this.handler = handler;
    this.badRecord = badRecord;
  }

  @Override
  // The type argument is @Nullable String; NullAway checks type arguments only in JSpecify mode.
  @SuppressWarnings("NullAway")
  public @Nullable String parse(XMLStreamReader2 reader, PageContext page)
      throws XMLStreamException {
    return VmPageScanner.scan(reader, page, HOST, (r, name) -> readHost(r, page.page()));
  }

  private void readHost(XMLStreamReader2 reader, String page) throws XMLStreamException {
    long start = XmlReading.startOffset(reader);
    var fields = new HostHeaderFields();
    DetectionHost host = null;
    while (reader.next() != XMLStreamConstants.END_ELEMENT) {
      if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (name.equals("DETECTION_LIST") && host == null) {
        DetectionHost header =
            fields.toHost(new RawRef(page, start, XmlReading.startOffset(reader)));
        HandlerFailure.call(() -> handler.onHost(header));
        readDetections(reader, header, page);
        host = header;
      } else {
        fields.read(reader, name);
      }
    }
    if (host == null) {
      DetectionHost header = fields.toHost(new RawRef(page, start, XmlReading.endOffset(reader)));
      HandlerFailure.call(() -> handler.onHost(header));
      host = header;
    }
    DetectionHost done = host;
    HandlerFailure.call(() -> handler.onHostEnd(done));
  }

  private void readDetections(XMLStreamReader2 reader, DetectionHost host, String page)
      throws XMLStreamException {
    while (reader.next() != XMLStreamConstants.END_ELEMENT) {
      if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (reader.getLocalName().equals("DETECTION")) {
        readDetection(reader, host, page);
      } else {
        XmlReading.skip(reader);
      }
    }
  }

  private void readDetection(XMLStreamReader2 reader, DetectionHost host, String page)
      throws XMLStreamException {
    long start = XmlReading.startOffset(reader);
    var fields = new DetectionFields();
    while (reader.next() != XMLStreamConstants.END_ELEMENT) {
      if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (name.equals("QDS")) {
        fields.qdsSeverity = reader.getAttributeValue(null, "severity");
        fields.set(name, XmlReading.text(reader));
      } else if (name.equals("QDS_FACTORS")) {
        fields.qdsFactors = readQdsFactors(reader);
      } else if (DetectionFields.wanted(name)) {
        fields.set(name, XmlReading.text(reader));
      } else {
        XmlReading.skip(reader);
      }
    }
    var rawRef = new RawRef(page, start, XmlReading.endOffset(reader));
    String qid = fields.qid;
    if (qid == null || !QualysValues.isDigits(qid)) {
      String shown = qid == null ? "(none)" : "'" + qid + "'";
      HandlerFailure.call(() -> badRecord.accept("host " + host.id() + ": detection with QID "
          + shown + " skipped (" + rawRef.encode() + ")"));
      return;
    }
    Detection detection = fields.toDetection(qid, rawRef);
    HandlerFailure.call(() -> handler.onDetection(host, detection));
  }

  /** {@code <QDS_FACTOR name="CVSS">9.8</QDS_FACTOR>...}: name to text; unnamed ones are skipped. */
  private static Map<String, String> readQdsFactors(XMLStreamReader2 reader)
      throws XMLStreamException {
    var factors = new LinkedHashMap<String, String>();
    while (reader.next() != XMLStreamConstants.END_ELEMENT) {
      if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String factor = reader.getLocalName().equals("QDS_FACTOR")
          ? reader.getAttributeValue(null, "name")
          : null;
      if (factor == null || factor.isBlank()) {
        XmlReading.skip(reader);
        continue;
      }
      String value = XmlReading.text(reader);
      if (value != null && !value.isBlank()) {
        factors.put(factor.trim(), value.trim());
      }
    }
    return factors;
  }
}
