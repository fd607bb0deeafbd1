package dev.graphwright.api.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A config field an integration declares.
 *
 * @param name the field name in config files, camelCase (e.g. {@code qualysApiUrl})
 * @param envVar the environment variable that sets it (e.g. {@code QUALYS_API_URL})
 * @param description one line for the docs and the {@code --help} output
 * @param required whether a value must be given
 * @param secret whether the value is a secret: never logged, printed or stored
 * @param defaultValue the value used when none is given, or null
 * @param validator returns an error message for a bad value, or empty when the value is fine
 * @param scope whether the field selects which of the account's objects a run covers (tags,
 *     severities, …): when its value differs from the last successful run's, the host runs the
 *     instance as on a first run, so that incremental windows do not miss what came into scope.
 *     Lists compare as sets (order and spacing do not matter)
 */
public record ConfigField(
    String name,
    String envVar,
    String description,
    boolean required,
    boolean secret,
    @Nullable String defaultValue,
    Function<String, Optional<String>> validator,
    boolean scope) {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern ENV = Pattern.compile("[A-Z][A-Z0-9_]*");

  public ConfigField {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("config field name must be camelCase: '" + name + "'");
    }
    if (!ENV.matcher(envVar).matches()) {
      throw new IllegalArgumentException("env var must be UPPER_SNAKE: '" + envVar + "'");
    }
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(validator, "validator == null");
  }

  /** A required field without validation. */
  public static ConfigField required(String name, String envVar, String description) {
    return new ConfigField(
        name, envVar, description, true, false, null, v -> Optional.empty(), false);
  }

  /** An optional field with a default. */
  public static ConfigField optional(
      String name, String envVar, String description, String defaultValue) {
    return new ConfigField(
        name, envVar, description, false, false, defaultValue, v -> Optional.empty(), false);
  }

  /** The same field, marked secret. */
  public ConfigField asSecret() {
    return new ConfigField(
        name, envVar, description, required, true, defaultValue, validator, scope);
  }

  /** The same field with a validator. */
  public ConfigField validatedBy(Function<String, Optional<String>> check) {
    return new ConfigField(name, envVar, description, required, secret, defaultValue, check, scope);
  }

  /**
   * The same field, marked as selecting what a run covers: changing it makes the next run start
   * over as a first run (see {@code scope}).
   */
  public ConfigField asScope() {
    return new ConfigField(
        name, envVar, description, required, secret, defaultValue, validator, true);
  }
}
