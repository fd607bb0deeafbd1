package dev.graphwright.api.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Flat property maps as the graph stores them: strings, longs, doubles, booleans and lists of
 * those. Integers become longs, floats become doubles; nulls and empty lists are dropped, so a
 * converter can put optional values without checking them.
 */
public final class Properties {

  /** Names the host owns; plugins cannot set them. */
  public static final List<String> RESERVED = List.of(
      "_key", "_type", "_class", "_instanceId", "_runId", "_hash", "_rawRef", "_placeholder");

  private Properties() {}

  /** Starts an insertion-ordered map that drops nulls. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an unmodifiable, validated copy of {@code properties}. */
  public static Map<String, Object> copyOf(Map<String, ?> properties) {
    var copy = new LinkedHashMap<String, Object>();
    properties.forEach((name, value) -> {
      Names.checkProperty(name);
      var normalized = normalize(name, value);
      if (normalized != null) {
        copy.put(name, normalized);
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  static @Nullable Object normalize(String name, @Nullable Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case Boolean b -> b;
      case Long l -> l;
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case Byte b -> b.longValue();
      case Double d -> d;
      case Float f -> f.doubleValue();
      case List<?> list -> normalizeList(name, list);
      default ->
        throw new IllegalArgumentException("property '"
            + name
            + "' has unsupported type "
            + value.getClass().getName()
            + ": use strings, numbers, booleans or lists of those");
    };
  }

  private static @Nullable List<Object> normalizeList(String name, List<?> list) {
    var out = new ArrayList<Object>(list.size());
    for (var element : list) {
      if (element instanceof List<?>) {
        throw new IllegalArgumentException("property '" + name + "' holds a nested list");
      }
      var normalized = normalize(name, element);
      if (normalized != null) {
        out.add(normalized);
      }
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  /** Builds a property map, dropping nulls. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets a property; a null value leaves it out. */
    public Builder put(String name, @Nullable Object value) {
      if (value != null) {
        values.put(name, value);
      }
      return this;
    }

    public Builder putAll(Map<String, ?> more) {
      more.forEach(this::put);
      return this;
    }

    public Map<String, Object> build() {
      return copyOf(values);
    }
  }
}
