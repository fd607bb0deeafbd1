package dev.graphwright.qualys.testing;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Secret;
import dev.graphwright.qualys.QualysIntegration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated Qualys config built the way the host builds one: the plugin's own declared fields,
 * their defaults and their validators. A value a validator rejects fails the test at once.
 */
public final class TestConfig implements IntegrationConfig {

  private final Map<String, ConfigField> fields;
  private final Map<String, String> values;

  private TestConfig(Map<String, ConfigField> fields, Map<String, String> values) {
    this.fields = fields;
    this.values = values;
  }

  /** The plugin's declared config fields. */
  public static List<ConfigField> fields() {
    var services =
        new HostServices(Clock.systemUTC(), Path.of("target"), "graphwright-test",
            Duration.ofSeconds(5), Duration.ofSeconds(30));
    return new QualysIntegration(services).configFields();
  }

  /** The three required values and any others by field name; defaults for the rest. */
  public static TestConfig of(String apiUrl, String username, String password, Map<String, String> others) {
    var given = new HashMap<>(others);
    given.put("qualysApiUrl", apiUrl);
    given.put("qualysUsername", username);
    given.put("qualysPassword", password);
    var fields = new LinkedHashMap<String, ConfigField>();
    var values = new HashMap<String, String>();
    for (var field : fields()) {
      fields.put(field.name(), field);
      var value = given.remove(field.name());
      if (value == null) {
        value = field.defaultValue();
      }
      if (value == null) {
        throw new IllegalArgumentException("required config field '" + field.name() + "' missing");
      }
      var problem = field.validator().apply(value);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(field.name() + ": " + problem.get());
      }
      values.put(field.name(), value);
    }
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown config fields " + given.keySet());
    }
    return new TestConfig(fields, values);
  }

  @Override
  public Optional<String> find(String name) {
    var field = fields.get(name);
    if (field == null || field.secret()) {
      throw new IllegalArgumentException("no plain config field '" + name + "'");
    }
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public Secret secret(String name) {
    var field = fields.get(name);
    if (field == null || !field.secret()) {
      throw new IllegalArgumentException("no secret config field '" + name + "'");
    }
    return new Secret(values.get(name));
  }
}
