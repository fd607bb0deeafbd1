package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.xml.XmlOut;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The truncation {@code WARNING} (code 1980) with the next-page URL carrying {@code id_min}. */
final class WarningUrl {
  private WarningUrl() {}

  /**
   * Writes the WARNING: the same endpoint with every parameter of the request (query and form,
   * previous {@code id_min} dropped) plus {@code id_min=<nextId>}, in CDATA.
   */
  static void write(XmlOut out, CallContext ctx, int limit, long nextId) {
    out.open("WARNING");
    out.leaf("CODE", 1980);
    out.leaf("TEXT", limit + " record limit exceeded. Use URL to get next batch of results.");
    out.leafCdata("URL", url(ctx, nextId));
    out.close("WARNING");
  }

  static String url(CallContext ctx, long nextId) {
    var url =
        new StringBuilder(ctx.request().origin()).append(ctx.request().path()).append('?');
    for (Map.Entry<String, String> e : ctx.request().params().entries()) {
      if (!e.getKey().equals("id_min")) {
        url.append(encode(e.getKey())).append('=').append(encode(e.getValue())).append('&');
      }
    }
    return url.append("id_min=").append(nextId).toString();
  }

  // Commas and colons are legal in a query string; keeping them makes the URL readable.
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":");
  }
}
