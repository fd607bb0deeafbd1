package dev.graphwright.qualys.sim.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Request parameters in arrival order: the query string first, then a form body. */
public final class Params {
  private final List<Map.Entry<String, String>> entries;

  private Params(List<Map.Entry<String, String>> entries) {
    this.entries = entries;
  }

  /** Parses a query string and an {@code application/x-www-form-urlencoded} body (either may be null). */
  public static Params parse(String query, String form) {
    var entries = new ArrayList<Map.Entry<String, String>>();
    add(entries, query);
    add(entries, form);
    return new Params(entries);
  }

  /** The first value of {@code name}, or null. */
  public String get(String name) {
    for (var e : entries) {
      if (e.getKey().equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The first value of {@code name}, or {@code fallback}. */
  public String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /** Distinct parameter names in arrival order. */
  public Set<String> names() {
    var names = new LinkedHashSet<String>();
    entries.forEach(e -> names.add(e.getKey()));
    return names;
  }

  /** All pairs in arrival order. */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  private static void add(List<Map.Entry<String, String>> entries, String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      entries.add(Map.entry(name, value));
    }
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
