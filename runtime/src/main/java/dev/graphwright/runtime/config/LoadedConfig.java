package dev.graphwright.runtime.config;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A validated config: values by field name, secrets kept apart so they can never be printed. */
final class LoadedConfig implements IntegrationConfig {

  private final Map<String, ConfigField> fields;
  private final Map<String, String> values;
  private final Map<String, Secret> secrets;

  LoadedConfig(
      Map<String, ConfigField> fields, Map<String, String> values, Map<String, Secret> secrets) {
    this.fields = Map.copyOf(fields);
    this.values = Map.copyOf(values);
    this.secrets = Map.copyOf(secrets);
  }

  @Override
  public Optional<String> find(String name) {
    var field = fields.get(name);
    if (field == null) {
      throw new IllegalArgumentException("no config field '" + name + "'");
    }
    if (field.secret()) {
      throw new IllegalArgumentException("config field '" + name + "' is secret: use secret()");
    }
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public Secret secret(String name) {
    var field = fields.get(name);
    if (field == null || !field.secret()) {
      throw new IllegalArgumentException("no secret config field '" + name + "'");
    }
    var secret = secrets.get(name);
    if (secret == null) {
      throw new IllegalArgumentException("secret config field '" + name + "' is not set");
    }
    return secret;
  }

  /** The non-secret values, for the run record; secrets appear as {@code ******}. */
  Map<String, String> printable() {
    var out = new TreeMap<String, String>(values);
    secrets.keySet().forEach(name -> out.put(name, "******"));
    return out;
  }

  @Override
  public String toString() {
    return printable().toString();
  }
}
