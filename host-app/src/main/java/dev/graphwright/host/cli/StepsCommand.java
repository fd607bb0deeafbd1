package dev.graphwright.host.cli;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.host.Host;
import dev.graphwright.runtime.run.StepPlanner;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steps <integration>}: the step graph, in the order steps can run. */
@Command(
    name = "steps",
    header = "show an integration's step dependency graph",
    description = {
      "Validates the integration's step graph (duplicate ids, unknown dependencies, cycles,"
          + " switches that name no config field) and prints it in an order the steps can run,"
          + " each with its dependencies and, for an optional step, the variable that switches it"
          + " and whether the environment switches it off."
    })
final class StepsCommand implements HostTask {

  @Parameters(paramLabel = "<integration>", description = "the integration's id, e.g. qualys")
  private String integrationId = "";

  @Override
  public int run(Host host) {
    var integration = host.plugins().find(integrationId).integration();
    var fields = integration.configFields();
    var planner = new StepPlanner(integration.steps()).checkSwitches(fields);
    host.out().println("Steps of '" + integration.id() + "' (in a valid order):");
    for (var id : planner.topologicalOrder()) {
      var spec = planner.steps().get(id).spec();
      var after = spec.dependsOn().isEmpty()
          ? "(no dependency)"
          : "after " + String.join(", ", spec.dependsOn());
      var switched =
          planner.switchOf(id, fields).map(f -> describe(f, host.environment())).orElse("");
      host.out().printf("  %-34s %s%s%n", id, after, switched);
    }
    return 0;
  }

  /** The switch of an optional step, with what the environment sets it to (config files aside). */
  private static String describe(ConfigField field, Map<String, String> environment) {
    var value = environment.get(field.envVar());
    var effective = value == null || value.isBlank() ? field.defaultValue() : value.trim();
    var state = Boolean.parseBoolean(effective) ? "on" : "OFF";
    return "; optional: " + state + " (" + field.envVar() + "=" + effective
        + (value == null || value.isBlank() ? ", the default" : "") + ")";
  }
}
