package dev.graphwright.qualys.client.qps;

import java.util.ArrayList;
import java.util.List;

/**
 * A QPS {@code ServiceRequest} search body: a page size and ANDed criteria. Values are escaped.
 *
 * @param limitResults {@code preferences/limitResults} (1–1000)
 * @param criteria the filters, in order
 */
public record QpsSearch(int limitResults, List<Criterion> criteria) {

  /** One {@code <Criteria field=".." operator="..">value</Criteria>}. */
  public record Criterion(String field, String operator, String value) {}

  public QpsSearch {
    criteria = List.copyOf(criteria);
  }

  public static QpsSearch of(int limitResults) {
    return new QpsSearch(limitResults, List.of());
  }

  /** This search with one more criterion. */
  public QpsSearch and(String field, String operator, String value) {
    var more = new ArrayList<>(criteria);
    more.add(new Criterion(field, operator, value));
    return new QpsSearch(limitResults, more);
  }

  /** The XML body. */
  public String toXml() {
    var xml = new StringBuilder(256 + criteria.size() * 64);
    xml.append("<ServiceRequest><preferences><limitResults>")
        .append(limitResults)
        .append("</limitResults></preferences>");
    if (!criteria.isEmpty()) {
      xml.append("<filters>");
      for (Criterion c : criteria) {
        xml.append("<Criteria field=\"")
            .append(escape(c.field()))
            .append("\" operator=\"")
            .append(escape(c.operator()))
            .append("\">")
            .append(escape(c.value()))
            .append("</Criteria>");
      }
      xml.append("</filters>");
    }
    return xml.append("</ServiceRequest>").toString();
  }

  private static String escape(String value) {
    var out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
