package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.run.StepPlanner;

/** {@code steps <integration>}: the step graph, in the order steps can run. */
public final class StepsCommand implements Command {

  @Override
  public String name() {
    return "steps";
  }

  @Override
  public String summary() {
    return "show an integration's step dependency graph";
  }

  @Override
  public String help() {
    return """
        usage: host-app steps <integration>

        Validates the integration's step graph (duplicate ids, unknown dependencies,
        cycles) and prints it in an order the steps can run, each with its dependencies.
        """;
  }

  @Override
  public int run(Args args, Host host) {
    if (args.positional().size() != 1) {
      throw new UsageException("name one integration, e.g. 'host-app steps qualys'");
    }
    var integration = host.plugins().find(args.positional().get(0)).integration();
    var planner = new StepPlanner(integration.steps());
    host.out().println("Steps of '" + integration.id() + "' (in a valid order):");
    for (var id : planner.topologicalOrder()) {
      var spec = planner.steps().get(id).spec();
      host.out().printf(
          "  %-34s %s%n",
          id,
          spec.dependsOn().isEmpty() ? "(no dependency)" : "after " + String.join(", ", spec.dependsOn()));
    }
    return 0;
  }
}
