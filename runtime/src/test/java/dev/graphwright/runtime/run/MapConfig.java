package dev.graphwright.runtime.run;

import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Secret;
import java.util.Map;
import java.util.Optional;

/** A config of plain values, without secrets, for tests. */
final class MapConfig {

  private MapConfig() {}

  static IntegrationConfig of(Map<String, String> values) {
    return new IntegrationConfig() {
      @Override
      public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
      }

      @Override
      public Secret secret(String name) {
        throw new IllegalArgumentException(name);
      }
    };
  }
}
