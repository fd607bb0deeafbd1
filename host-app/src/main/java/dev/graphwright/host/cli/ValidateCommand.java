package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.IntegrationRunner;
import dev.graphwright.runtime.run.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate <integration>}: checks config, URL and credentials without ingesting. */
@Command(
    name = "validate",
    header = "check config, URL, credentials and limits without ingesting anything",
    description = {
      "Loads and validates the config, then asks the integration to check that it can use the"
          + " account (for Qualys: the platform URL, the credentials, the API limits of the"
          + " subscription). Nothing is written to the graph."
    },
    footer = "Exit codes: 0 usable; 2 not usable (the message says what to fix).")
final class ValidateCommand implements HostTask {

  @Mixin
  private ConfiguredIntegration target = new ConfiguredIntegration();

  @Override
  public int run(Host host) {
    var loaded = target.loaded(host);
    var integration = loaded.integration();
    var config = target.config(host, loaded);
    host.out()
        .println(
            "Config of '" + integration.id() + "': " + Json.write(ConfigLoader.printable(config)));
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loaded.classLoader());
    try {
      var lines = integration.validateInvocation(
          IntegrationRunner.invocationContext(config, (name, delta) -> {}));
      lines.forEach(line -> host.out().println("  ok  " + line));
    } finally {
      thread.setContextClassLoader(previous);
    }
    host.out().println("'" + integration.id() + "' is ready to run.");
    return 0;
  }
}
