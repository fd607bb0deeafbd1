package dev.graphwright.runtime.run;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Validators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whether the config's scope fields ({@link ConfigField#scope()}) differ from the last successful
 * run's: then incremental windows would miss what came into scope, and the run starts over.
 */
final class ScopeChange {

  private ScopeChange() {}

  /**
   * The changed scope fields, e.g. {@code qualysHostTags '' → 'Production'}; empty when none
   * changed. A field the earlier record lacks counts as its default.
   */
  static Optional<String> between(
      List<ConfigField> fields, IntegrationConfig now, Map<String, String> lastSuccessfulConfig) {
    var changes = new ArrayList<String>();
    for (var field : fields) {
      if (!field.scope() || field.secret()) {
        continue;
      }
      String before = lastSuccessfulConfig.getOrDefault(
          field.name(), field.defaultValue() == null ? "" : field.defaultValue());
      String after = now.find(field.name()).orElse("");
      if (!normalized(before).equals(normalized(after))) {
        changes.add(field.name() + " '" + before + "' → '" + after + "'");
      }
    }
    return changes.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", changes));
  }

  private static SortedSet<String> normalized(String value) {
    return new TreeSet<>(Validators.splitList(value));
  }
}
