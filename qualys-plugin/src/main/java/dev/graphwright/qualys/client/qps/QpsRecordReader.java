package dev.graphwright.qualys.client.qps;

import dev.graphwright.api.graph.RawRef;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** Reads one kind of QPS record (HostAsset, WebApp, Finding) from its element. */
@FunctionalInterface
public interface QpsRecordReader<T> {

  /**
   * Reads the record element the reader is on and leaves the reader on its end tag.
   *
   * @param rawRef gives the element's raw reference, once the element is read
   * @throws dev.graphwright.qualys.client.xml.RecordBinder.MisfitRecordException when the
   *     element's shape does not fit the record; the reader is then on its end tag
   */
  Read<T> read(XMLStreamReader2 reader, ElementRef rawRef) throws XMLStreamException;

  /** The raw reference of the element just read. */
  @FunctionalInterface
  interface ElementRef {
    RawRef get() throws XMLStreamException;
  }

  /**
   * A record and its {@code id}, which pages by id.
   *
   * @param id the record's {@code id} as sent, or null
   */
  record Read<T>(T record, @Nullable String id) {}
}
