package dev.graphwright.qualys.sim.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code Criteria} of a QPS search, checked against a resource's fields and compiled to a
 * predicate (all criteria ANDed). Dates compare in epoch milliseconds; {@code GREATER} and
 * {@code LESSER} are strict.
 */
final class QpsCriteria<T> {
  private final List<QpsRequest.Criterion> raw;
  private final List<Predicate<T>> predicates;

  private QpsCriteria(List<QpsRequest.Criterion> raw, List<Predicate<T>> predicates) {
    this.raw = raw;
    this.predicates = predicates;
  }

  /** Validates and compiles; throws {@link QpsException} in Qualys' wording. */
  static <T> QpsCriteria<T> compile(
      List<QpsRequest.Criterion> criteria, Map<String, QpsField<T>> fields) {
    var predicates = new ArrayList<Predicate<T>>();
    for (var c : criteria) {
      QpsField<T> field = fields.get(c.field());
      if (field == null) {
        throw new QpsException(
            "Criteria: Invalid field name '" + c.field() + "'.",
            "Supported fields: " + String.join(", ", fields.keySet()) + ".");
      }
      String op = c.operator().toUpperCase(Locale.ROOT);
      if (!field.type().operators().contains(op)) {
        throw new QpsException(
            "Criteria: Operator '" + c.operator() + "' is not supported for criteria '" + c.field()
                + "'.",
            "Supported operators: " + String.join(", ", field.type().operators()) + ".");
      }
      List<Object> values = parseValues(field, op, c);
      predicates.add(record -> matches(field, op, values, record));
    }
    return new QpsCriteria<>(criteria, predicates);
  }

  boolean test(T record) {
    for (Predicate<T> p : predicates) {
      if (!p.test(record)) {
        return false;
      }
    }
    return true;
  }

  /** The largest {@code GREATER} bound on a numeric field, or null. */
  Long greaterThan(String field) {
    Long bound = null;
    for (var c : raw) {
      if (c.field().equals(field) && c.operator().equalsIgnoreCase("GREATER")) {
        long value = Long.parseLong(c.value().trim());
        bound = bound == null ? value : Math.max(bound, value);
      }
    }
    return bound;
  }

  /** The values of the first {@code EQUALS} or {@code IN} criterion on a numeric field, or null. */
  long[] equalsOrIn(String field) {
    for (var c : raw) {
      if (c.field().equals(field)
          && (c.operator().equalsIgnoreCase("EQUALS") || c.operator().equalsIgnoreCase("IN"))) {
        return Arrays.stream(c.value().split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .mapToLong(Long::parseLong)
            .sorted()
            .distinct()
            .toArray();
      }
    }
    return null;
  }

  private static <T> List<Object> parseValues(
      QpsField<T> field, String op, QpsRequest.Criterion c) {
    List<String> tokens = op.equals("IN")
        ? Arrays.stream(c.value().split(",")).map(String::trim).toList()
        : List.of(c.value().trim());
    var values = new ArrayList<Object>();
    for (String token : tokens) {
      values.add(parse(field, token, c));
    }
    return values;
  }

  private static Object parse(QpsField<?> field, String token, QpsRequest.Criterion c) {
    String message =
        "Criteria: Invalid value format for criteria '" + c.field() + "' (" + c.value() + ").";
    return switch (field.type()) {
      case LONG -> {
        try {
          yield Long.parseLong(token);
        } catch (NumberFormatException e) {
          throw new QpsException(message, "Specify criteria value(s) as Long.");
        }
      }
      case DATE -> {
        Long millis = millis(token);
        if (millis == null) {
          throw new QpsException(
              message, "Specify criteria value(s) as Date (yyyy-MM-dd'T'HH:mm:ss'Z').");
        }
        yield millis;
      }
      case BOOLEAN -> {
        if (!token.equalsIgnoreCase("true") && !token.equalsIgnoreCase("false")) {
          throw new QpsException(message, "Values expected: true, false.");
        }
        yield Boolean.parseBoolean(token.toLowerCase(Locale.ROOT));
      }
      case KEYWORD -> {
        if (!field.keywords().isEmpty()
            && field.keywords().stream().noneMatch(k -> k.equalsIgnoreCase(token))) {
          throw new QpsException(
              message, "Values expected: " + String.join(", ", field.keywords()) + ".");
        }
        yield token;
      }
      case TEXT -> token;
    };
  }

  private static Long millis(String token) {
    try {
      if (token.length() == 10) {
        return LocalDate.parse(token).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      return Instant.parse(token).toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <T> boolean matches(QpsField<T> field, String op, List<Object> wanted, T record) {
    var actual = field.values(record);
    return switch (op) {
      case "NOT EQUALS" -> actual.stream().noneMatch(a -> equal(a, wanted.get(0)));
      case "EQUALS", "IN" ->
        actual.stream().anyMatch(a -> wanted.stream().anyMatch(w -> equal(a, w)));
      case "GREATER" ->
        actual.stream().anyMatch(a -> ((Number) a).longValue() > (Long) wanted.get(0));
      case "LESSER" ->
        actual.stream().anyMatch(a -> ((Number) a).longValue() < (Long) wanted.get(0));
      case "CONTAINS" ->
        actual.stream()
            .anyMatch(a -> a.toString()
                .toLowerCase(Locale.ROOT)
                .contains(wanted.get(0).toString().toLowerCase(Locale.ROOT)));
      default -> false;
    };
  }

  private static boolean equal(Object actual, Object wanted) {
    if (actual instanceof Number a && wanted instanceof Number w) {
      return a.longValue() == w.longValue();
    }
    if (actual instanceof String a && wanted instanceof String w) {
      return a.equalsIgnoreCase(w);
    }
    return actual.equals(wanted);
  }
}
