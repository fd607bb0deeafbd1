package dev.graphwright.qualys.sim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3c.dom.Document;

/** Builds QPS ServiceRequest bodies and reads ServiceResponse envelopes. */
final class Qps {
  static final String HOST_ASSETS = "/qps/rest/2.0/search/am/hostasset";
  static final String WEB_APPS = "/qps/rest/3.0/search/was/webapp";
  static final String FINDINGS = "/qps/rest/3.0/search/was/finding/";

  private Qps() {}

  /** A criterion: field, operator, value. */
  record C(String field, String op, String value) {}

  static String request(Map<String, String> preferences, List<C> criteria) {
    String prefs = preferences.entrySet().stream()
        .map(e -> "<" + e.getKey() + ">" + e.getValue() + "</" + e.getKey() + ">")
        .collect(Collectors.joining());
    String filters = criteria.stream()
        .map(c -> "<Criteria field=\"" + c.field() + "\" operator=\"" + c.op() + "\">" + c.value()
            + "</Criteria>")
        .collect(Collectors.joining());
    return "<ServiceRequest><preferences>" + prefs + "</preferences>"
        + (criteria.isEmpty() ? "" : "<filters>" + filters + "</filters>") + "</ServiceRequest>";
  }

  static String responseCode(Document doc) {
    return Xml.texts(doc, "responseCode").get(0);
  }

  static int count(Document doc) {
    return Integer.parseInt(Xml.texts(doc, "count").get(0));
  }

  static boolean hasMore(Document doc) {
    var values = Xml.texts(doc, "hasMoreRecords");
    return !values.isEmpty() && Boolean.parseBoolean(values.get(0));
  }

  static String lastId(Document doc) {
    var values = Xml.texts(doc, "lastId");
    return values.isEmpty() ? null : values.get(0);
  }
}
