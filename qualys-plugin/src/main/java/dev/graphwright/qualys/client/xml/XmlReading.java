package dev.graphwright.qualys.client.xml;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** Small StAX helpers shared by the readers. */
public final class XmlReading {

  private XmlReading() {}

  /**
   * Reads the text of the element the reader is on (text and CDATA joined, trimmed) and leaves the
   * reader on its end tag. Returns null for an empty element and for one with child elements
   * (Qualys sometimes sends a structure where text is expected; the record still parses).
   */
  public static @Nullable String text(XMLStreamReader2 reader) throws XMLStreamException {
    return text(reader, null, null);
  }

  /**
   * As {@link #text(XMLStreamReader2)}, and adds {@code field} to {@code wrongShape} when the
   * element held child elements (so the record can say which values it lost).
   */
  public static @Nullable String text(
      XMLStreamReader2 reader, @Nullable String field, @Nullable List<String> wrongShape)
      throws XMLStreamException {
    String first = null;
    StringBuilder more = null;
    boolean children = false;
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          children = true;
          depth++;
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            if (first == null) {
              first = reader.getText();
            } else {
              if (more == null) {
                more = new StringBuilder(first);
              }
              more.append(reader.getText());
            }
          }
        }
        default -> {}
      }
    }
    if (children) {
      if (wrongShape != null && field != null) {
        wrongShape.add(field);
      }
      return null;
    }
    String joined = more != null ? more.toString() : first;
    if (joined == null) {
      return null;
    }
    String trimmed = joined.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** Skips the element the reader is on, leaving the reader on its end tag. */
  public static void skip(XMLStreamReader2 reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * Moves to the next child element of the element the reader is in and returns its name, or
   * null (reader on the parent's end tag) when there is none left. Skips text and comments.
   */
  public static @Nullable String nextChild(XMLStreamReader2 reader) throws XMLStreamException {
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return reader.getLocalName();
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return null;
      }
    }
  }

  /** The character offset where the current event starts. */
  public static long startOffset(XMLStreamReader2 reader) {
    return reader.getLocation().getCharacterOffset();
  }

  /** The character offset just after the current event (after {@code >} of an end tag). */
  public static long endOffset(XMLStreamReader2 reader) throws XMLStreamException {
    return reader.getLocationInfo().getEndingCharOffset();
  }
}
