package dev.graphwright.qualys.client.qps;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.http.QualysErrors;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.RecordBinder;
import dev.graphwright.qualys.client.xml.SimpleReturn;
import dev.graphwright.qualys.client.xml.XmlNode;
import dev.graphwright.qualys.client.xml.XmlReading;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * Reads a QPS {@code ServiceResponse} page: checks {@code responseCode} (QPS answers errors with
 * HTTP 200), streams the records under {@code data} one by one, and returns the paging facts.
 */
public final class QpsPageParser<T> implements PageParser<QpsPage> {

  private final String recordElement;
  private final QpsRecordReader<T> recordReader;
  private final RecordHandler<T> handler;
  private final Consumer<String> badRecord;

  /**
   * @param recordElement the records' element, e.g. {@code HostAsset}
   * @param badRecord told of a record skipped because its shape does not fit, with its raw
   *     reference; the page goes on
   */
  public QpsPageParser(
      String recordElement,
      QpsRecordReader<T> recordReader,
      RecordHandler<T> handler,
      Consumer<String> badRecord) {
    this.recordElement = recordElement;
    this.recordReader = recordReader;
    this.handler = handler;
    this.badRecord = badRecord;
  }

  @Override
  public QpsPage parse(XMLStreamReader2 reader, PageContext page) throws XMLStreamException {
    String responseCode = null;
    boolean hasMore = false;
    String lastId = null;
    long maxId = -1;
    int depth = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (depth == 0 && SimpleReturn.isErrorRoot(name)) {
        throw QualysErrors.simpleReturn(
            page.endpoint(), 200, SimpleReturn.from(XmlNode.read(reader)));
      }
      if (depth == 1) {
        switch (name) {
          case "responseCode" -> responseCode = XmlReading.text(reader);
          case "hasMoreRecords" ->
            hasMore = Boolean.TRUE.equals(QualysValues.bool(XmlReading.text(reader)));
          case "lastId" -> lastId = XmlReading.text(reader);
          case "responseErrorDetails" -> throw qpsError(page, responseCode, XmlNode.read(reader));
          case "data" -> {
            failUnlessSuccess(page, responseCode);
            maxId = Math.max(maxId, readData(reader, page.page()));
          }
          default -> XmlReading.skip(reader);
        }
        continue;
      }
      depth++;
    }
    failUnlessSuccess(page, responseCode);
    if (hasMore && lastId == null && maxId >= 0) {
      lastId = Long.toString(maxId);
    }
    return new QpsPage(hasMore, lastId);
  }

  /** Streams the records under {@code data}; returns the largest numeric record id seen. */
  private long readData(XMLStreamReader2 reader, String page) throws XMLStreamException {
    long maxId = -1;
    while (reader.next() != XMLStreamConstants.END_ELEMENT) {
      if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!reader.getLocalName().equals(recordElement)) {
        XmlReading.skip(reader);
        continue;
      }
      long start = XmlReading.startOffset(reader);
      QpsRecordReader.ElementRef rawRef =
          () -> new RawRef(page, start, XmlReading.endOffset(reader));
      QpsRecordReader.Read<T> read;
      try {
        read = recordReader.read(reader, rawRef);
      } catch (RecordBinder.MisfitRecordException e) {
        var skipped = rawRef.get().encode();
        HandlerFailure.call(() ->
            badRecord.accept(recordElement + " skipped: " + e.getMessage() + " (" + skipped + ")"));
        continue;
      }
      String id = QualysValues.text(read.id());
      if (id != null && QualysValues.isDigits(id) && id.length() < 19) {
        maxId = Math.max(maxId, Long.parseLong(id));
      }
      HandlerFailure.call(() -> handler.accept(read.record()));
    }
    return maxId;
  }

  private static void failUnlessSuccess(PageContext page, @Nullable String responseCode) {
    if (responseCode != null && !responseCode.equals("SUCCESS")) {
      throw QualysErrors.qps(page.endpoint(), responseCode, null, null);
    }
  }

  private static RuntimeException qpsError(
      PageContext page, @Nullable String responseCode, XmlNode details) {
    return QualysErrors.qps(
        page.endpoint(),
        responseCode == null ? "UNKNOWN" : responseCode,
        details.text("errorMessage"),
        details.text("errorResolution"));
  }
}
