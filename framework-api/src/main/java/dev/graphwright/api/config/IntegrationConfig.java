package dev.graphwright.api.config;

import java.util.List;
import java.util.Optional;

/**
 * The validated config of an integration instance: every required field is present and every value
 * passed its field's validator, with defaults applied.
 */
public interface IntegrationConfig {

  /** The value of a non-secret field, or empty when it has neither value nor default. */
  Optional<String> find(String name);

  /** The value of a non-secret field that has a value or a default. */
  default String get(String name) {
    return find(name)
        .orElseThrow(() -> new IllegalArgumentException("config field '" + name + "' is not set"));
  }

  /** A secret field's value. */
  Secret secret(String name);

  default long getLong(String name) {
    return Long.parseLong(get(name).trim());
  }

  default int getInt(String name) {
    return Integer.parseInt(get(name).trim());
  }

  default double getDouble(String name) {
    return Double.parseDouble(get(name).trim());
  }

  default boolean getBoolean(String name) {
    return Boolean.parseBoolean(get(name).trim());
  }

  /** A comma-separated field as a list. */
  default List<String> getList(String name) {
    return Validators.splitList(get(name));
  }
}
