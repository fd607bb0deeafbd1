package dev.graphwright.qualys.sim.faults;

import dev.graphwright.qualys.sim.catalog.Api;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One fault switch, {@code NAME[:RATE][@API]}: inject {@code kind} into a fraction {@code rate}
 * of the calls of {@code api} (or of the kind's default APIs when {@code api} is null).
 */
public record FaultSpec(FaultKind kind, double rate, Api api) {

  public FaultSpec {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("fault rate must be in (0, 1]: " + rate);
    }
  }

  /**
   * Parses {@code NAME[:RATE][@API]}, e.g. {@code 5xx}, {@code reset:0.2}, {@code stall@kb}.
   *
   * @throws IllegalArgumentException naming the bad part
   */
  public static FaultSpec parse(String spec) {
    String text = spec.trim();
    Api api = null;
    int at = text.indexOf('@');
    if (at >= 0) {
      String key = text.substring(at + 1);
      api = Api.byKey(key);
      if (api == null) {
        throw new IllegalArgumentException(
            "unknown API '" + key + "' in fault '" + spec + "'; known: "
                + Arrays.stream(Api.values()).map(Api::key).collect(Collectors.joining(", ")));
      }
      text = text.substring(0, at);
    }
    double rate = 1.0;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      String value = text.substring(colon + 1);
      try {
        rate = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "fault rate is not a number in '" + spec + "': " + value, e);
      }
      text = text.substring(0, colon);
    }
    FaultKind kind = FaultKind.byLabel(text);
    if (kind == null) {
      throw new IllegalArgumentException("unknown fault '" + text + "'; known: "
          + Arrays.stream(FaultKind.values())
              .map(FaultKind::label)
              .collect(Collectors.joining(", ")));
    }
    if (api != null && !kind.possibleApis().contains(api)) {
      throw new IllegalArgumentException(
          "fault '" + kind.label() + "' does not apply to '" + api.key() + "'; it applies to "
              + kind.possibleApis().stream().map(Api::key).collect(Collectors.joining(", ")));
    }
    return new FaultSpec(kind, rate, api);
  }

  /** Whether this spec applies to calls of {@code target}. */
  public boolean appliesTo(Api target) {
    return api == null ? kind.defaultApis().contains(target) : api == target;
  }

  @Override
  public String toString() {
    return kind.label() + (rate < 1 ? ":" + rate : "") + (api == null ? "" : "@" + api.key());
  }
}
