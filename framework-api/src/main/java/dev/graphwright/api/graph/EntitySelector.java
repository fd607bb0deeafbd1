package dev.graphwright.api.graph;

import java.util.Objects;

/**
 * Selects the entities of this integration instance with a given {@code _type} whose property
 * equals a value and that were written by the current run. The host creates an index for every
 * selector property it sees.
 *
 * @param type the entities' {@code _type}
 * @param property the property compared
 * @param value the value it must equal (string, number or boolean)
 */
public record EntitySelector(String type, String property, Object value) {

  public EntitySelector {
    Names.checkType(type);
    Names.checkProperty(property);
    value = Objects.requireNonNull(Properties.normalize(property, value), "value == null");
    if (value instanceof java.util.List<?>) {
      throw new IllegalArgumentException("a selector compares one value, not a list");
    }
  }
}
