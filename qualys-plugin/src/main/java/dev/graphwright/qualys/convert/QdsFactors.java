package dev.graphwright.qualys.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The factors behind a Qualys Detection Score ({@code QDS_FACTORS}) as finding properties: each
 * factor {@code name} becomes {@code qds} plus the name in camel case ({@code CVSS} → {@code
 * qdsCvss}, {@code exploit_maturity} → {@code qdsExploitMaturity}, {@code RTI} → {@code qdsRti}).
 * Numbers are stored as numbers and comma-separated values as lists, so that Cypher can compare and
 * search them; anything else stays text.
 */
public final class QdsFactors {

  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

  private QdsFactors() {}

  /** The properties of these factors (name to text, as read). */
  public static Map<String, Object> properties(Map<String, String> factors) {
    var properties = new LinkedHashMap<String, Object>();
    factors.forEach((name, text) -> {
      var property = propertyName(name);
      if (property != null) {
        properties.put(property, value(text.trim()));
      }
    });
    return properties;
  }

  /** {@code qds} and the name's words in camel case; null when the name has no letter or digit. */
  static @Nullable String propertyName(String factor) {
    var name = new StringBuilder("qds");
    for (var word : factor.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return name.length() == 3 ? null : name.toString();
  }

  private static Object value(String text) {
    if (NUMBER.matcher(text).matches()) {
      return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
    }
    if (text.contains(",")) {
      var values = new ArrayList<String>();
      for (var part : text.split(",")) {
        if (!part.isBlank()) {
          values.add(part.trim());
        }
      }
      return List.copyOf(values);
    }
    return text;
  }
}
