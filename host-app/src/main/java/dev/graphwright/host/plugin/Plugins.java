package dev.graphwright.host.plugin;

import dev.graphwright.runtime.run.LoadedIntegration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The integrations loaded from the plugins directory, and the plugins that could not be loaded.
 */
public record Plugins(List<LoadedIntegration> integrations, List<PluginProblem> problems) {

  /** The integration with this id; the error lists the ones available. */
  public LoadedIntegration find(String integrationId) {
    return integrations.stream()
        .filter(i -> i.integration().id().equals(integrationId))
        .findFirst()
        .orElseThrow(() -> new UnknownIntegrationException("no integration '"
            + integrationId
            + "' is loaded"
            + (integrations.isEmpty()
                ? " (no plugin in the plugins directory: build them with"
                    + " 'mvn -DskipTests package' or pass --plugins-dir)"
                : "; available: "
                    + integrations.stream()
                        .map(i -> i.integration().id())
                        .collect(Collectors.joining(", ")))
            + problemsSuffix()));
  }

  private String problemsSuffix() {
    return problems.isEmpty()
        ? ""
        : "; plugins that failed to load: "
            + problems.stream()
                .map(p -> p.plugin() + " (" + p.reason() + ")")
                .collect(Collectors.joining(", "));
  }
}
