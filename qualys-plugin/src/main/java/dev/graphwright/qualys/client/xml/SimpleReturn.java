package dev.graphwright.qualys.client.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * A v2 {@code SIMPLE_RETURN} (or v1 {@code GENERIC_RETURN}) error body.
 *
 * @param code Qualys' code, e.g. {@code 1905}, {@code 1965}, {@code 2000}; null when absent
 * @param text Qualys' message; null when absent
 * @param items the {@code ITEM_LIST} key/values, e.g. {@code SECONDS_TO_WAIT}
 */
public record SimpleReturn(
    @Nullable String code, @Nullable String text, Map<String, String> items) {

  /** Maps a {@code SIMPLE_RETURN} or {@code GENERIC_RETURN} element. */
  public static SimpleReturn from(XmlNode root) {
    if (root.name().equals("GENERIC_RETURN")) {
      XmlNode ret = root.child("RETURN");
      return new SimpleReturn(
          ret == null ? null : ret.attributes().get("number"),
          ret == null ? null : ret.text(),
          Map.of());
    }
    XmlNode response = root.child("RESPONSE");
    if (response == null) {
      return new SimpleReturn(null, null, Map.of());
    }
    var items = new LinkedHashMap<String, String>();
    XmlNode list = response.child("ITEM_LIST");
    if (list != null) {
      for (XmlNode item : list.all("ITEM")) {
        String key = item.text("KEY");
        String value = item.text("VALUE");
        if (key != null && value != null) {
          items.put(key, value);
        }
      }
    }
    return new SimpleReturn(response.text("CODE"), response.text("TEXT"), Map.copyOf(items));
  }

  /** Whether this element name starts a Qualys error document. */
  public static boolean isErrorRoot(String name) {
    return name.equals("SIMPLE_RETURN") || name.equals("GENERIC_RETURN");
  }

  /** Parses an error body already read into memory; null when it is not such a document. */
  public static @Nullable SimpleReturn tryParse(String body) {
    try {
      XMLStreamReader2 reader =
          QualysXml.open(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT) {
            return isErrorRoot(reader.getLocalName()) ? from(XmlNode.read(reader)) : null;
          }
        }
        return null;
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      return null;
    }
  }
}
