package dev.graphwright.api.graph;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules for names that end up in Cypher text (labels, relationship types, property names).
 * Values always travel as parameters; names cannot, so they are checked here once.
 */
public final class Names {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,99}");
  private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");
  private static final Pattern REL_CLASS = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,199}");

  /** Names already checked: the same few names are checked for every object written. */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private static final int MAX_CACHED = 10_000;

  private Names() {}

  /** An entity or relationship {@code _type}: lower snake case, e.g. {@code qualys_host_finding}. */
  public static String checkType(String type) {
    return check(TYPE, type, "_type", "lower_snake_case such as qualys_host_finding");
  }

  /** An entity {@code _class}: UpperCamelCase, e.g. {@code Finding}. */
  public static String checkClass(String entityClass) {
    return check(CLASS, entityClass, "entity _class", "UpperCamelCase such as Finding");
  }

  /** A relationship {@code _class}: UPPER_SNAKE, e.g. {@code HAS}. */
  public static String checkRelationshipClass(String relClass) {
    return check(REL_CLASS, relClass, "relationship _class", "UPPER_SNAKE_CASE such as HAS");
  }

  /** A property name: letters, digits, {@code _} and {@code .} (for {@code tag.Name}). */
  public static String checkProperty(String name) {
    return check(PROPERTY, name, "property name", "letters, digits, '_' and '.'");
  }

  /** Whether {@code label} is a valid {@code _type} or {@code _class}. */
  public static boolean isLabel(String label) {
    return TYPE.matcher(label).matches() || CLASS.matcher(label).matches();
  }

  private static String check(Pattern pattern, String value, String what, String expected) {
    if (value != null && CHECKED.contains(what + '\u0000' + value)) {
      return value;
    }
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid " + what + " '" + value + "': expected " + expected);
    }
    if (CHECKED.size() < MAX_CACHED) {
      CHECKED.add(what + '\u0000' + value);
    }
    return value;
  }
}
