package dev.graphwright.qualys.client.xml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

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

  private static final XmlMapper MAPPER = mapperBuilder().build();

  // Text values read by LeafText: an element where text belongs is noted, and read as null.
  private static final XmlMapper LEAF_TEXT_MAPPER = mapperBuilder()
      .addModule(new SimpleModule().addDeserializer(String.class, new LeafText()))
      .build();

  private final XmlMapper mapper;
  private final ObjectReader reader;

  private static XmlMapper.Builder mapperBuilder() {
    return XmlMapper.builder()
        .defaultUseWrapper(false)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A binder whose text fields take the element's text, attributes aside (the KB's scores). */
  public RecordBinder(Class<T> type) {
    this(MAPPER, type);
  }

  private RecordBinder(XmlMapper mapper, Class<T> type) {
    this.mapper = mapper;
    this.reader = mapper.readerFor(type);
  }

  /**
   * A binder for DTOs without attributes (the QPS records), whose text fields must be text: one
   * that holds child elements is read as null and named by {@link #bindNotingShapes}.
   */
  public static <T> RecordBinder<T> notingWrongShapes(Class<T> type) {
    return new RecordBinder<>(LEAF_TEXT_MAPPER, type);
  }

  /**
   * As {@link #bind}, and names the text fields that held child elements, in reading order.
   *
   * @param <T> the DTO
   * @param value the bound DTO
   * @param wrongShapeFields the element names of those fields
   */
  public record Noted<T>(T value, List<String> wrongShapeFields) {}

  /** Binds as {@link #bind} does, noting the text fields that held elements. */
  public Noted<T> bindNotingShapes(XMLStreamReader2 stream) throws XMLStreamException {
    var noted = LeafText.NOTED.get();
    noted.clear();
    var value = bind(stream, reader);
    return new Noted<>(value, noted.isEmpty() ? List.of() : List.copyOf(noted));
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
    return bind(stream, reader);
  }

  private T bind(XMLStreamReader2 stream, ObjectReader with) throws XMLStreamException {
    int depth = stream.getDepth();
    try {
      // A parser over the page's reader, as XmlMapper.readValue(XMLStreamReader, …) makes one;
      // it is not closed, which would close the page.
      return with.readValue(mapper.getFactory().createParser(stream));
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

  /** Reads a text value; child elements where text belongs are skipped, noted, and read as null. */
  private static final class LeafText extends StdDeserializer<String> {

    // One record is bound at a time per thread: the fields it notes go to the thread's list
    // (a per-record reader with a context attribute cost a third of the binding's time).
    static final ThreadLocal<List<String>> NOTED = ThreadLocal.withInitial(ArrayList::new);

    LeafText() {
      super(String.class);
    }

    @Override
    public @Nullable String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      var token = parser.currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        // At a structure's start, the name is the field holding it.
        String field = parser.currentName();
        parser.skipChildren();
        if (field != null) {
          NOTED.get().add(field);
        }
        return null;
      }
      return parser.getValueAsString();
    }
  }

  /** A record whose shape does not fit its DTO; the message says where. */
  public static final class MisfitRecordException extends RuntimeException {
    MisfitRecordException(String message) {
      super(message, null, false, false);
    }
  }
}
