package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.RecordBinder;
import dev.graphwright.qualys.client.xml.XmlReading;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** Reads a KnowledgeBase page VULN by VULN; returns the next page's {@code id_min}, if any. */
final class KbPageParser implements PageParser<@Nullable String> {

  private static final Set<String> VULN = Set.of("VULN");
  // Jackson's data binding costs about 14 % more time per record than the hand-written element
  // tree (bench/xml-binding, median of ten runs on 2 cores; single runs range from -6 to +19 %),
  // under the 15 % bar. A run reads a few thousand KB records at most: milliseconds.
  private static final RecordBinder<KbVulnXml> BINDER = new RecordBinder<>(KbVulnXml.class);

  private final RecordHandler<KbVuln> onVuln;
  private final Consumer<String> badRecord;

  KbPageParser(RecordHandler<KbVuln> onVuln, Consumer<String> badRecord) {
    this.onVuln = onVuln;
    this.badRecord = badRecord;
  }

  @Override
  // The type argument is @Nullable String; NullAway checks type arguments only in JSpecify mode.
  @SuppressWarnings("NullAway")
  public @Nullable String parse(XMLStreamReader2 reader, PageContext page)
      throws XMLStreamException {
    return VmPageScanner.scan(reader, page, VULN, (r, name) -> {
      long start = XmlReading.startOffset(r);
      KbVulnXml bound;
      try {
        bound = BINDER.bind(r);
      } catch (RecordBinder.MisfitRecordException e) {
        var rawRef = new RawRef(page.page(), start, XmlReading.endOffset(r));
        HandlerFailure.call(() -> badRecord.accept(
            "KB vulnerability skipped: " + e.getMessage() + " (" + rawRef.encode() + ")"));
        return;
      }
      var rawRef = new RawRef(page.page(), start, XmlReading.endOffset(r));
      String qid = QualysValues.text(bound.qid());
      if (qid == null || !QualysValues.isDigits(qid)) {
        HandlerFailure.call(() -> badRecord.accept(
            "KB vulnerability with QID '" + qid + "' skipped (" + rawRef.encode() + ")"));
        return;
      }
      KbVuln vuln = KbVulnMapper.map(bound, qid, rawRef);
      HandlerFailure.call(() -> onVuln.accept(vuln));
    });
  }
}
