package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.IntegrationRunner;
import dev.graphwright.runtime.run.Json;
import java.nio.file.Path;
import java.util.Set;

/** {@code validate <integration>}: checks config, URL and credentials without ingesting. */
public final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check config, URL, credentials and limits without ingesting anything";
  }

  @Override
  public String help() {
    return """
        usage: host-app validate <integration> [--config FILE]

        Loads and validates the config, then asks the integration to check that it can use
        the account (for Qualys: the platform URL, the credentials, the API limits of the
        subscription). Nothing is written to the graph.

        Exit codes: 0 usable; 2 not usable (the message says what to fix).
        """;
  }

  @Override
  public Set<String> valued() {
    return Set.of("config");
  }

  @Override
  public int run(Args args, Host host) {
    if (args.positional().size() != 1) {
      throw new UsageException("name one integration, e.g. 'host-app validate qualys'");
    }
    var loaded = host.plugins().find(args.positional().get(0));
    var integration = loaded.integration();
    var config =
        new ConfigLoader(host.environment())
            .load(integration.configFields(), args.value("config").map(Path::of));
    host.out().println("Config of '" + integration.id() + "': " + Json.write(ConfigLoader.printable(config)));
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loaded.classLoader());
    try {
      var lines =
          integration.validateInvocation(
              IntegrationRunner.invocationContext(config, (name, delta) -> {}));
      lines.forEach(line -> host.out().println("  ok  " + line));
    } finally {
      thread.setContextClassLoader(previous);
    }
    host.out().println("'" + integration.id() + "' is ready to run.");
    return 0;
  }
}
