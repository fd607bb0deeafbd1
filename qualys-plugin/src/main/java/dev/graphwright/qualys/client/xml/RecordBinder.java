package dev.graphwright.qualys.client.xml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Binds one record element of a streamed page (a KB vulnerability, a host asset, a web app) to
 * its DTO with Jackson's XML data binding, reading from the page's own StAX reader: the page goes
 * on streaming, and the reader's hardening ({@link QualysXml}: no DTD, no external entities)
 * applies to the binding too. DTOs are records of {@code @JsonProperty} fields; unknown elements
 * are ignored, as Qualys adds fields over time.
 *
 * @param <T> the DTO
 */
public final class RecordBinder<T> {

  private static final XmlMapper MAPPER = XmlMapper.builder()
      .defaultUseWrapper(false)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final ObjectReader reader;

  public RecordBinder(Class<T> type) {
    this.reader = MAPPER.readerFor(type);
  }

  /**
   * Binds the element the reader is on and leaves the reader on its end tag.
   *
   * @throws MisfitRecordException when the element's shape does not fit the DTO (an element where
   *     text belongs, text where elements belong); the reader is then on the element's end tag,
   *     so the page goes on with the next record
   * @throws XMLStreamException when the page itself is malformed or cut
   */
  public T bind(XMLStreamReader2 stream) throws XMLStreamException {
    int depth = stream.getDepth();
    try {
      // A parser over the page's reader, as XmlMapper.readValue(XMLStreamReader, …) makes one;
      // it is not closed, which would close the page.
      return reader.readValue(MAPPER.getFactory().createParser(stream));
    } catch (MismatchedInputException e) {
      skipToEnd(stream, depth);
      throw new MisfitRecordException(e.getOriginalMessage());
    } catch (IOException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof XMLStreamException xml) {
          throw xml;
        }
      }
      throw new XMLStreamException("cannot read the record: " + e.getMessage(), e);
    }
  }

  private static void skipToEnd(XMLStreamReader2 stream, int depth) throws XMLStreamException {
    while (!(stream.getEventType() == XMLStreamConstants.END_ELEMENT
        && stream.getDepth() == depth)) {
      stream.next();
    }
  }

  /** A record whose shape does not fit its DTO; the message says where. */
  public static final class MisfitRecordException extends RuntimeException {
    MisfitRecordException(String message) {
      super(message, null, false, false);
    }
  }
}
