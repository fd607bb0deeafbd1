package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.run.RunRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run <integration>}: one run of an integration instance. */
@Command(
    name = "run",
    header = "run an integration into the graph",
    description = {
      "Runs every step of the integration, resolves mapped relationships, deletes stale data of"
          + " types that are complete, and prints a summary. Config comes from --config and the"
          + " environment variables the integration declares (see 'host-app docs')."
    },
    footer = {
      "Exit codes: 0 every step succeeded; 1 the run completed but a step failed or lost pages (its"
          + " types were kept); 2 config, plugin or fatal error (nothing was deleted)."
    },
    defaultValueProvider = RunDefaults.class)
final class RunCommand implements HostTask {

  @Mixin
  private ConfiguredIntegration target = new ConfiguredIntegration();

  @Option(
      names = "--instance",
      paramLabel = "ID",
      description = "the integration instance (one per account; default: the integration id);"
          + " every key in the graph is scoped by it")
  private @Nullable String instance;

  @Option(
      names = "--step",
      paramLabel = "ID",
      description = "run only this step, reading its ancestors' output from the graph")
  private @Nullable String step;

  @Mixin
  private RunOptions runOptions = new RunOptions();

  @Override
  public int run(Host host) throws Exception {
    var loaded = target.loaded(host);
    var integration = loaded.integration();
    var config = target.config(host, loaded);
    var request = RunRequest.of(loaded, instance != null ? instance : integration.id(), config);
    if (step != null) {
      request = request.onlyStep(step);
    }
    return RunSupport.execute(host, runOptions, request);
  }
}
