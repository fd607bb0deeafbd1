package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.query.IdRanges;
import dev.graphwright.qualys.sim.query.ParamException;
import dev.graphwright.qualys.sim.query.Params;
import dev.graphwright.qualys.sim.xml.IsoDates;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * The parameters of a v2 call, checked the way Qualys checks them: {@code action=list} required,
 * unknown names refused with 1901, bad values with 1905.
 *
 * <p>Each endpoint declares three sets: parameters it implements, output toggles it accepts and
 * ignores, and real Qualys filters it does not simulate. The last are refused with 1901 and a text
 * that says so, because silently ignoring a filter would hand the client more data than Qualys
 * would and hide the discrepancy.
 */
final class V2Params {
  private final Params params;

  private V2Params(Params params) {
    this.params = params;
  }

  /** Parameter sets of one endpoint. */
  record Rules(Set<String> implemented, Set<String> ignored, Set<String> notSimulated) {}

  static V2Params check(Params params, Rules rules) {
    var unknown = new ArrayList<String>();
    var unsupported = new ArrayList<String>();
    for (String name : params.names()) {
      if (rules.notSimulated().contains(name)) {
        unsupported.add(name);
      } else if (!rules.implemented().contains(name) && !rules.ignored().contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ParamException(
          ParamException.UNRECOGNIZED, "Unrecognized parameter(s): " + String.join(", ", unknown));
    }
    if (!unsupported.isEmpty()) {
      throw new ParamException(
          ParamException.UNRECOGNIZED,
          "Unrecognized parameter(s): " + String.join(", ", unsupported)
              + " (a Qualys parameter the simulator does not implement)");
    }
    String action = params.get("action");
    if (action == null) {
      throw new ParamException(ParamException.MISSING, "Missing required parameter(s): action");
    }
    if (!action.equals("list")) {
      throw ParamException.invalid("action", action);
    }
    return new V2Params(params);
  }

  String get(String name) {
    return params.get(name);
  }

  /** A {@code 0|1} parameter. */
  boolean flag(String name, boolean fallback) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.trim()) {
      case "1" -> true;
      case "0" -> false;
      default -> throw ParamException.invalid(name, value);
    };
  }

  /** A non-negative integer parameter. */
  int integer(String name, int fallback) {
    return (int) Math.min(Integer.MAX_VALUE, longValue(name, fallback));
  }

  /** A non-negative long parameter, e.g. an id bound. */
  long longValue(String name, long fallback) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    String v = value.trim();
    if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ParamException.invalid(name, value);
    }
    return Long.parseLong(v);
  }

  /** A date parameter ({@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM:SSZ}); null when absent. */
  Long date(String name) {
    String value = params.get(name);
    if (value == null) {
      return null;
    }
    Long parsed = IsoDates.parseV2(value.trim());
    if (parsed == null) {
      throw ParamException.invalid(name, value);
    }
    return parsed;
  }

  /** An id list; null when absent. */
  IdRanges ids(String name) {
    String value = params.get(name);
    return value == null ? null : IdRanges.parse(name, value);
  }

  /** One of {@code allowed} (case-insensitive), returned in its canonical spelling. */
  String choice(String name, String fallback, String... allowed) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    for (String option : allowed) {
      if (option.equalsIgnoreCase(value.trim())) {
        return option;
      }
    }
    throw ParamException.invalid(name, value);
  }

  /** A comma list in lower case; empty when absent. */
  Set<String> lowerList(String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    var items = new java.util.LinkedHashSet<String>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim().toLowerCase(Locale.ROOT));
      }
    }
    return items;
  }
}
