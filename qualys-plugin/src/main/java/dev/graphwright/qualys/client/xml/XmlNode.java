package dev.graphwright.qualys.client.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * One record's element tree (a KB vuln, a host asset, a web app), read from the stream and thrown
 * away after mapping. Only ever built for a single record, never for a page.
 *
 * @param name the element's local name
 * @param attributes its attributes by local name
 * @param text its own text (text and CDATA joined, trimmed), or null when blank
 * @param children its child elements in document order
 */
public record XmlNode(
    String name, Map<String, String> attributes, @Nullable String text, List<XmlNode> children) {

  /** Reads the element the reader is on; the reader is left on its end tag. */
  public static XmlNode read(XMLStreamReader2 reader) throws XMLStreamException {
    String name = reader.getLocalName();
    Map<String, String> attributes = Map.of();
    int count = reader.getAttributeCount();
    if (count > 0) {
      attributes = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
      }
    }
    List<XmlNode> children = List.of();
    StringBuilder text = null;
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (children.isEmpty()) {
          children = new ArrayList<>();
        }
        children.add(read(reader));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (text == null) {
          text = new StringBuilder();
        }
        text.append(reader.getText());
      }
    }
    String trimmed = text == null ? null : text.toString().strip();
    return new XmlNode(
        name, attributes, trimmed == null || trimmed.isEmpty() ? null : trimmed, children);
  }

  /** The first child with this name, or null. */
  public @Nullable XmlNode child(String childName) {
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  /** The node at this path of child names, or null when any step is missing. */
  public @Nullable XmlNode path(String... names) {
    XmlNode node = this;
    for (String step : names) {
      node = node.child(step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** All children with this name (empty when none). */
  public List<XmlNode> all(String childName) {
    var out = new ArrayList<XmlNode>();
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        out.add(child);
      }
    }
    return out;
  }

  /** Whether this element holds child elements, i.e. is not a plain text value. */
  public boolean hasChildren() {
    return !children.isEmpty();
  }

  /** The text of a leaf child, or null when it is missing, empty or not a leaf. */
  public @Nullable String text(String childName) {
    XmlNode child = child(childName);
    return child == null || child.hasChildren() ? null : child.text;
  }
}
