package dev.graphwright.qualys.sim.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A searchable field of a QPS resource: its type decides the operators and the value format.
 *
 * @param value the record's value(s) for this field: Long, String, Boolean or a Collection of them;
 *     dates are epoch seconds (Long); null when the record has none
 */
record QpsField<T>(String name, Type type, Function<T, Object> value, List<String> keywords) {

  /** Field types with their operators, as in Qualys' QPS documentation. */
  enum Type {
    LONG(List.of("EQUALS", "NOT EQUALS", "GREATER", "LESSER", "IN")),
    DATE(List.of("EQUALS", "NOT EQUALS", "GREATER", "LESSER")),
    TEXT(List.of("EQUALS", "NOT EQUALS", "CONTAINS")),
    KEYWORD(List.of("EQUALS", "NOT EQUALS", "IN")),
    BOOLEAN(List.of("EQUALS", "NOT EQUALS"));

    private final List<String> operators;

    Type(List<String> operators) {
      this.operators = operators;
    }

    List<String> operators() {
      return operators;
    }
  }

  static <T> QpsField<T> of(String name, Type type, Function<T, Object> value) {
    return new QpsField<>(name, type, value, List.of());
  }

  static <T> QpsField<T> keyword(String name, Function<T, Object> value, List<String> keywords) {
    return new QpsField<>(name, Type.KEYWORD, value, keywords);
  }

  /** The record's values as a collection (empty when absent). */
  Collection<?> values(T record) {
    Object v = value.apply(record);
    if (v == null) {
      return List.of();
    }
    return v instanceof Collection<?> c ? c : List.of(v);
  }
}
