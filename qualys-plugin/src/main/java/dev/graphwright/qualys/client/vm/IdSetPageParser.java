package dev.graphwright.qualys.client.vm;

import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlReading;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an id list page ({@code details=None}: host ids, or QIDs of the knowledge base): {@code
 * ID_SET/ID} and {@code ID_RANGE} (expanded
 * one id at a time, never into a list). Ids at or below the last one handed on are dropped, so a
 * retried page does not repeat ids. Returns the next page's {@code id_min}.
 */
final class IdSetPageParser implements PageParser<@Nullable String> {

  private static final Logger log = LoggerFactory.getLogger(IdSetPageParser.class);
  private static final Set<String> IDS = Set.of("ID", "ID_RANGE");

  private final Consumer<String> onId;
  private long lastHandedOn;

  IdSetPageParser(Consumer<String> onId) {
    this.onId = onId;
    this.lastHandedOn = -1;
  }

  @Override
  // The type argument is @Nullable String; NullAway checks type arguments only in JSpecify mode.
  @SuppressWarnings("NullAway")
  public @Nullable String parse(XMLStreamReader2 reader, PageContext page)
      throws XMLStreamException {
    return VmPageScanner.scan(reader, page, IDS, (r, name) -> {
      String text = XmlReading.text(r);
      if (name.equals("ID")) {
        handOn(text, text);
      } else {
        expand(text);
      }
    });
  }

  private void expand(@Nullable String range) {
    int dash = range == null ? -1 : range.indexOf('-');
    if (range == null || dash < 0) {
      handOn(range, range);
      return;
    }
    String from = range.substring(0, dash).strip();
    String to = range.substring(dash + 1).strip();
    if (!QualysValues.isDigits(from) || !QualysValues.isDigits(to)) {
      log.warn("Skipping ID_RANGE that is not a range: '{}'", range);
      return;
    }
    long last = Long.parseLong(to);
    for (long id = Math.max(Long.parseLong(from), lastHandedOn + 1); id <= last; id++) {
      handOn(Long.toString(id), range);
    }
  }

  private void handOn(@Nullable String id, @Nullable String source) {
    if (id == null || !QualysValues.isDigits(id) || id.length() > 18) {
      log.warn("Skipping host id that is not a number: '{}'", source);
      return;
    }
    long value = Long.parseLong(id);
    if (value <= lastHandedOn) {
      return;
    }
    lastHandedOn = value;
    HandlerFailure.call(() -> onId.accept(id));
  }
}
