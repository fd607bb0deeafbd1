package dev.graphwright.qualys.client.vm;

import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.QualysErrors;
import dev.graphwright.qualys.client.xml.SimpleReturn;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a v2 page ({@code X_OUTPUT/RESPONSE/...}) to its end, handing the elements of interest to
 * a reader, and reads the truncation {@code WARNING}. A {@code SIMPLE_RETURN} root (e.g. 2001
 * "account expired" sent with HTTP 200) becomes the matching error. Comments are skipped anywhere.
 */
final class VmPageScanner {

  private static final Logger log = LoggerFactory.getLogger(VmPageScanner.class);

  /** Reads one element of interest; must leave the reader on its end tag. */
  interface ElementReader {
    void read(XMLStreamReader2 reader, String name) throws XMLStreamException;
  }

  private VmPageScanner() {}

  /** Returns the {@code id_min} of the next page (WARNING 1980), or null on the last page. */
  static @Nullable String scan(
      XMLStreamReader2 reader, PageContext page, Set<String> names, ElementReader elements)
      throws XMLStreamException {
    boolean root = true;
    String nextIdMin = null;
    while (reader.hasNext()) {
      if (reader.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (root) {
        root = false;
        if (SimpleReturn.isErrorRoot(name)) {
          throw QualysErrors.simpleReturn(
              page.endpoint(), 200, SimpleReturn.from(XmlNode.read(reader)));
        }
      } else if (name.equals("WARNING")) {
        nextIdMin = nextIdMin(XmlNode.read(reader), page);
      } else if (names.contains(name)) {
        elements.read(reader, name);
      }
    }
    return nextIdMin;
  }

  private static @Nullable String nextIdMin(XmlNode warning, PageContext page) {
    String idMin = idMinOf(warning.text("URL"));
    if (!"1980".equals(warning.text("CODE")) || idMin == null) {
      log.warn(
          "Qualys {} warning {}: {}", page.endpoint(), warning.text("CODE"), warning.text("TEXT"));
    }
    return idMin;
  }

  /**
   * The {@code id_min} parameter of a WARNING URL. Only it is taken: the next request keeps our
   * own parameters, since whether Qualys echoes POSTed parameters into the URL is not documented.
   */
  static @Nullable String idMinOf(@Nullable String url) {
    if (url == null) {
      return null;
    }
    int query = url.indexOf('?');
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("id_min")) {
        String value =
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).trim();
        return value.chars().allMatch(Character::isDigit) && !value.isEmpty() ? value : null;
      }
    }
    return null;
  }
}
