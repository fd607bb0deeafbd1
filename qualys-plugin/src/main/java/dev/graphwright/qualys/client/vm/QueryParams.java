package dev.graphwright.qualys.client.vm;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Formats v2 parameters the way Qualys accepts them. */
final class QueryParams {

  private QueryParams() {}

  /** {@code YYYY-MM-DDTHH:MM:SSZ}: Qualys rejects fractional seconds. */
  static void putInstant(Map<String, String> params, String name, @Nullable Instant value) {
    if (value != null) {
      params.put(name, value.truncatedTo(ChronoUnit.SECONDS).toString());
    }
  }

  static void putList(Map<String, String> params, String name, Collection<?> values) {
    if (!values.isEmpty()) {
      params.put(name, values.stream().map(Object::toString).collect(Collectors.joining(",")));
    }
  }
}
