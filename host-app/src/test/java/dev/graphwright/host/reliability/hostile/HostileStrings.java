package dev.graphwright.host.reliability.hostile;

import java.util.List;

/** Strings that would change a query's meaning if they ever reached Cypher text. */
public final class HostileStrings {

  private HostileStrings() {}

  public static final String DETACH_DELETE = "'}) DETACH DELETE n //";

  /** One of each kind: quotes, braces, Cypher comments, parameters, backticks, unicode, controls. */
  public static final List<String> ALL = List.of(
      DETACH_DELETE,
      "\"}) MATCH (m) DETACH DELETE m RETURN 1 //",
      "x' OR 1=1 WITH n MATCH (m) DETACH DELETE m //",
      "{braces} ${placeholder} $param {{mustache}}",
      "`backticks`:Label]->() DELETE r //",
      "quote's \"double\" \\\"escaped\\\" \\\\ backslashes",
      "/* block comment */ // line comment",
      "Ünïcødé 漢字 עברית \u202Eevil\u202C 🚀 \uD83D\uDE00",
      "line one\nline two\r\nthree\ttabbed",
      "<tag attr=\"x\">&amp; ]]> &lt;</tag>");

  /** A 1 MiB value (1,048,576 UTF-16 characters) ending in hostile text. */
  public static String oneMegabyte() {
    var suffix = " " + DETACH_DELETE + " 漢字🚀";
    return "0123456789abcdef".repeat(65_536).substring(0, (1 << 20) - suffix.length()) + suffix;
  }
}
