package dev.graphwright.qualys.client.http;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * Reads one response page record by record, handing each on at once, and returns what the pager
 * needs next (e.g. the next {@code id_min}). It must read the document to its end.
 */
@FunctionalInterface
public interface PageParser<R extends @Nullable Object> {

  R parse(XMLStreamReader2 reader, PageContext page) throws XMLStreamException;
}
