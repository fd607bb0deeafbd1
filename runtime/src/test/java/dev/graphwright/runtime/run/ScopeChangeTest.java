package dev.graphwright.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scope fields compare as sets with the last successful run's config; other fields never count. */
class ScopeChangeTest {

  private static final List<ConfigField> FIELDS = List.of(
      ConfigField.optional("tags", "TAGS", "tags", "").asScope(),
      ConfigField.optional("severities", "SEVERITIES", "severities", "3,4,5").asScope(),
      ConfigField.optional("batchSize", "BATCH_SIZE", "not a scope", "100"));

  private static IntegrationConfig config(Map<String, String> values) {
    return MapConfig.of(values);
  }

  @Test
  void orderAndSpacingOfAListDoNotMatter() {
    var now = config(Map.of("tags", "PCI, Production", "severities", "5,4,3", "batchSize", "7"));

    assertEquals(
        Optional.empty(),
        ScopeChange.between(
            FIELDS,
            now,
            Map.of("tags", "Production,PCI", "severities", "3,4,5", "batchSize", "100")));
  }

  @Test
  void aChangedScopeFieldIsNamedWithBothValues() {
    var now = config(Map.of("tags", "Production", "severities", "2,3,4,5"));

    assertEquals(
        Optional.of("tags '' → 'Production', severities '3,4,5' → '2,3,4,5'"),
        ScopeChange.between(FIELDS, now, Map.of("tags", "", "severities", "3,4,5")));
  }

  @Test
  void aFieldTheEarlierRecordLacksCountsAsItsDefault() {
    assertEquals(
        Optional.empty(),
        ScopeChange.between(FIELDS, config(Map.of("tags", "", "severities", "3,4,5")), Map.of()));
    assertEquals(
        Optional.of("tags '' → 'PCI'"),
        ScopeChange.between(
            FIELDS, config(Map.of("tags", "PCI", "severities", "3,4,5")), Map.of()));
  }
}
