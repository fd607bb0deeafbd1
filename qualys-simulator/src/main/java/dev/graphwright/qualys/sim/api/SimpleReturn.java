package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.time.Instant;
import java.util.Map;

/** The v2 error document, {@code SIMPLE_RETURN}. */
public final class SimpleReturn {
  /** Content type of 401 answers. */
  public static final String TEXT_XML = "text/xml;charset=UTF-8";
  /** Content type of other v2 answers. */
  public static final String APPLICATION_XML = "application/xml";

  private SimpleReturn() {}

  /**
   * A SIMPLE_RETURN reply.
   *
   * @param prolog whether to start with {@code <?xml ...?>} (recorded 400s have none)
   * @param code null for none
   * @param items ITEM_LIST entries, in order
   */
  public static Reply reply(
      int status,
      String contentType,
      String origin,
      boolean prolog,
      Integer code,
      String text,
      Map<String, String> items) {
    return Reply.status(status, contentType)
        .body(body(origin, prolog, code, text, items))
        .build();
  }

  /** The body alone. */
  public static BodyWriter body(
      String origin, boolean prolog, Integer code, String text, Map<String, String> items) {
    return BodyWriter.of(out -> write(out, origin, prolog, code, text, items));
  }

  private static void write(
      XmlOut out,
      String origin,
      boolean prolog,
      Integer code,
      String text,
      Map<String, String> items) {
    if (prolog) {
      out.declaration();
    }
    out.doctype("SIMPLE_RETURN", origin + "/api/2.0/simple_return.dtd");
    out.open("SIMPLE_RETURN");
    out.open("RESPONSE");
    out.leafDate("DATETIME", Instant.now().getEpochSecond());
    if (code != null) {
      out.leaf("CODE", code);
    }
    out.leaf("TEXT", text);
    if (!items.isEmpty()) {
      out.open("ITEM_LIST");
      items.forEach((key, value) -> {
        out.open("ITEM");
        out.leaf("KEY", key);
        out.leaf("VALUE", value);
        out.close("ITEM");
      });
      out.close("ITEM_LIST");
    }
    out.close("RESPONSE");
    out.close("SIMPLE_RETURN");
  }

  /** Qualys' wording of a wait, e.g. {@code 23 hours, 57 minutes and 54 seconds}. */
  public static String duration(long seconds) {
    if (seconds < 60) {
      return plural(seconds, "second");
    }
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    var parts = new java.util.ArrayList<String>();
    if (h > 0) {
      parts.add(plural(h, "hour"));
    }
    if (m > 0) {
      parts.add(plural(m, "minute"));
    }
    if (s > 0) {
      parts.add(plural(s, "second"));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
        + parts.get(parts.size() - 1);
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
