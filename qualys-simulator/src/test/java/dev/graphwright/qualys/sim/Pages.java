package dev.graphwright.qualys.sim;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads what a client needs from v2 pages: host ids, finding keys, the next-page URL. */
final class Pages {
  private Pages() {}

  /** One parsed host detection page. */
  record DetectionPage(
      List<Long> hostIds, List<String> findingKeys, String nextUrl, Document doc) {}

  static DetectionPage detections(String xml) {
    Document doc = Xml.parse(xml);
    var hostIds = new ArrayList<Long>();
    var keys = new ArrayList<String>();
    for (Element host : Xml.all(doc, "HOST")) {
      long id = Long.parseLong(Xml.text(host, "ID"));
      hostIds.add(id);
      for (Element d : Xml.all(host, "DETECTION")) {
        keys.add(id + "|" + orEmpty(Xml.text(d, "PORT")) + "|" + orEmpty(Xml.text(d, "PROTOCOL"))
            + "|" + Xml.text(d, "QID") + "|" + orEmpty(Xml.text(d, "SSL")) + "|"
            + Xml.text(d, "TYPE"));
      }
    }
    return new DetectionPage(hostIds, keys, warningUrl(doc), doc);
  }

  /** The WARNING URL of a v2 page, or null on the last page. */
  static String warningUrl(Document doc) {
    var warnings = Xml.all(doc, "WARNING");
    if (warnings.isEmpty()) {
      return null;
    }
    Element warning = warnings.get(0);
    if (!"1980".equals(Xml.text(warning, "CODE"))) {
      throw new AssertionError("unexpected WARNING code " + Xml.text(warning, "CODE"));
    }
    return Xml.text(warning, "URL");
  }

  /** The value of {@code id_min} in a WARNING URL. */
  static String idMin(String url) {
    var m = java.util.regex.Pattern.compile("[?&]id_min=(\\d+)").matcher(url);
    if (!m.find()) {
      throw new AssertionError("no id_min in " + url);
    }
    return m.group(1);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
