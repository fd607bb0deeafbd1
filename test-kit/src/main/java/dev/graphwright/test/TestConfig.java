package dev.graphwright.test;

import dev.graphwright.api.Integration;
import dev.graphwright.api.config.IntegrationConfig;
import java.util.Map;

/**
 * An integration's config built exactly as the host builds it (declared fields, defaults,
 * validators, secrets), from values given by field name or variable: for testing a client or a
 * converter without a run. A missing required field or a rejected value fails like in the host.
 */
public final class TestConfig {

  private TestConfig() {}

  public static IntegrationConfig of(Integration integration, Map<String, String> values) {
    return IntegrationTester.configOf(integration, values);
  }
}
