package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.RunRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** {@code run <integration>}: one run of an integration instance. */
public final class RunCommand implements Command {

  @Override
  public String name() {
    return "run";
  }

  @Override
  public String summary() {
    return "run an integration into the graph";
  }

  @Override
  public String help() {
    return """
        usage: host-app run <integration> [options]

        Runs every step of the integration, resolves mapped relationships, deletes stale
        data of types that are complete, and prints a summary. Config comes from --config
        and the environment variables the integration declares (see 'host-app docs').

        Exit codes: 0 every step succeeded; 1 the run completed but a step failed or lost
        pages (its types were kept); 2 config, plugin or fatal error (nothing was deleted).

        options:
          --config FILE         NAME=value lines (field names or their variables)
          --instance ID         the integration instance (one per account; default: the
                                integration id); every key in the graph is scoped by it
          --step ID             run only this step, reading its ancestors' output from the graph
        """
        + RunSupport.OPTIONS_HELP;
  }

  @Override
  public Set<String> flags() {
    return RunSupport.FLAGS;
  }

  @Override
  public Set<String> valued() {
    var valued = new HashSet<>(RunSupport.VALUED);
    valued.addAll(Set.of("config", "instance", "step"));
    return valued;
  }

  @Override
  public int run(Args args, Host host) throws Exception {
    if (args.positional().size() != 1) {
      throw new UsageException("name one integration, e.g. 'host-app run qualys'");
    }
    var loaded = host.plugins().find(args.positional().get(0));
    var integration = loaded.integration();
    var config =
        new ConfigLoader(host.environment())
            .load(integration.configFields(), args.value("config").map(Path::of));
    var request = RunRequest.of(loaded, args.value("instance").orElse(integration.id()), config);
    if (args.value("step").isPresent()) {
      request = request.onlyStep(args.value("step").get());
    }
    return RunSupport.execute(host, args, request);
  }
}
