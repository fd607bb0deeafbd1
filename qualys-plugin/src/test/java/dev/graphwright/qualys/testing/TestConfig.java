package dev.graphwright.qualys.testing;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.qualys.QualysIntegration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Qualys config built the way the host builds one, through the test kit. */
public final class TestConfig {

  private static final QualysIntegration INTEGRATION = new QualysIntegration(new HostServices(
      Clock.systemUTC(),
      Path.of("target"),
      "graphwright-test",
      Duration.ofSeconds(5),
      Duration.ofSeconds(30)));

  private TestConfig() {}

  /** The plugin's declared config fields. */
  public static List<ConfigField> fields() {
    return INTEGRATION.configFields();
  }

  /** The three required values and any others by field name; defaults for the rest. */
  public static IntegrationConfig of(
      String apiUrl, String username, String password, Map<String, String> others) {
    var given = new HashMap<>(others);
    given.put("qualysApiUrl", apiUrl);
    given.put("qualysUsername", username);
    given.put("qualysPassword", password);
    return dev.graphwright.test.TestConfig.of(INTEGRATION, given);
  }
}
