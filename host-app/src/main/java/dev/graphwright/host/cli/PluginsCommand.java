package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code plugins}: what is loaded from the plugins directory. */
@Command(
    name = "plugins",
    header = "list loaded plugins, their steps and declared types",
    description = {
      "Lists the integrations found in the plugins directory with their steps and the types each"
          + " step declares, and the plugins that could not be loaded, with why."
    },
    footer = "Exit codes: 0 every plugin loaded; 1 some plugin could not be loaded.")
final class PluginsCommand implements HostTask {

  @Override
  public int run(Host host) {
    var plugins = host.plugins();
    var out = host.out();
    out.println("Plugins in " + host.options().pluginsDir().toAbsolutePath() + ":");
    if (plugins.integrations().isEmpty()) {
      out.println("  (no integration loaded)");
    }
    for (var loaded : plugins.integrations()) {
      var integration = loaded.integration();
      out.printf(
          "%n  %s — %s (plugin %s %s)%n",
          integration.id(), integration.displayName(), loaded.pluginId(), loaded.pluginVersion());
      for (var step : integration.steps()) {
        var spec = step.spec();
        out.printf(
            "    %s%s%n",
            spec.id(),
            spec.dependsOn().isEmpty()
                ? ""
                : "  (after " + String.join(", ", spec.dependsOn()) + ")");
        spec.entities()
            .forEach(e -> out.printf(
                "      entity       %s %s%s%n",
                e.type(), e.classes(), e.partial() ? " partial" : ""));
        spec.relationships()
            .forEach(r -> out.printf(
                "      relationship %s (%s -%s-> %s)%s%n",
                r.type(),
                r.sourceType(),
                r.relClass(),
                r.targetType(),
                r.partial() ? " partial" : ""));
        spec.mappedRelationships()
            .forEach(m -> out.printf(
                "      mapped       %s (%s -%s-> %s by %s)%s%n",
                m.type(),
                m.sourceType(),
                m.relClass(),
                m.targetType(),
                m.targetFilters().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(" then ")),
                m.partial() ? " partial" : ""));
      }
    }
    for (var problem : plugins.problems()) {
      out.println("\n  SKIPPED " + problem.plugin() + ": " + problem.reason());
    }
    return plugins.problems().isEmpty() ? 0 : 1;
  }
}
