package dev.graphwright.host;

import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.host.cli.Args;
import dev.graphwright.host.cli.Command;
import dev.graphwright.host.cli.DocsCommand;
import dev.graphwright.host.cli.ExplainCommand;
import dev.graphwright.host.cli.PluginsCommand;
import dev.graphwright.host.cli.QueryCommand;
import dev.graphwright.host.cli.RawCommand;
import dev.graphwright.host.cli.ReplayCommand;
import dev.graphwright.host.cli.RunCommand;
import dev.graphwright.host.cli.RunsCommand;
import dev.graphwright.host.cli.ServeCommand;
import dev.graphwright.host.cli.StepsCommand;
import dev.graphwright.host.cli.UsageException;
import dev.graphwright.host.cli.ValidateCommand;
import dev.graphwright.runtime.run.Errors;
import dev.graphwright.neo4j.GraphStoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** The {@code host-app} command line. */
public final class Main {

  static final List<Command> COMMANDS =
      List.of(
          new RunCommand(),
          new ValidateCommand(),
          new QueryCommand(),
          new ServeCommand(),
          new RunsCommand(),
          new PluginsCommand(),
          new StepsCommand(),
          new DocsCommand(),
          new RawCommand(),
          new ExplainCommand(),
          new ReplayCommand());

  private Main() {}

  public static void main(String[] argv) {
    int code = run(Arrays.asList(argv), System.out, System.err, System.getenv(), Clock.systemUTC());
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /** Runs one command; returns the exit code. */
  public static int run(
      List<String> given, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
    var argv = commandFirst(given);
    if (argv.isEmpty() || argv.get(0).equals("help") || argv.get(0).equals("--help") || argv.get(0).equals("-h")) {
      printUsage(out);
      return argv.isEmpty() ? 2 : 0;
    }
    if (argv.get(0).equals("--version")) {
      out.println("host-app " + Version.current());
      return 0;
    }
    var command =
        COMMANDS.stream().filter(c -> c.name().equals(argv.get(0))).findFirst().orElse(null);
    if (command == null) {
      err.println("error: unknown command '" + argv.get(0) + "'");
      printUsage(err);
      return 2;
    }
    var rest = argv.subList(1, argv.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(command.help());
      out.print(GLOBAL_OPTIONS);
      return 0;
    }
    Args args;
    HostOptions options;
    try {
      var flags = new HashSet<>(command.flags());
      flags.add("debug");
      var valued = new HashSet<>(command.valued());
      valued.addAll(HostOptions.VALUED);
      args = Args.parse(rest, flags, valued);
      options = HostOptions.from(args, command.fixedBoltPort() ? 7687 : 0);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("see 'host-app " + command.name() + " --help'");
      return 2;
    }
    boolean created = DataDirPrivacy.secure(options.dataDir(), err);
    Logging.configure(options.dataDir().resolve("logs"), args.flag("debug"));
    try {
      return runCommand(command, args, options, out, err, env, clock);
    } finally {
      if (created) {
        // Neo4j creates its files with the process's umask: close what it left open to others.
        DataDirPrivacy.tighten(options.dataDir());
      }
    }
  }

  private static int runCommand(Command command, Args args, HostOptions options, PrintStream out,
      PrintStream err, Map<String, String> env, Clock clock) {
    try (var host = new Host(options, out, err, env, clock)) {
      return command.run(args, host);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("see 'host-app " + command.name() + " --help'");
      return 2;
    } catch (IntegrationException | GraphStoreException e) {
      LoggerFactory.getLogger("host-app").error("'{}' failed", command.name(), e);
      err.println("error: " + Errors.oneLine(e));
      return 2;
    } catch (Exception e) {
      LoggerFactory.getLogger("host-app").error("'{}' failed unexpectedly", command.name(), e);
      err.println("error: " + Errors.oneLine(e));
      err.println("(details in " + Path.of(options.dataDir().toString(), "logs", "host-app.log") + ")");
      return 2;
    }
  }

  /**
   * {@code host-app --data-dir d query …} means {@code host-app query --data-dir d …}: global
   * options given before the command are moved after it.
   */
  static List<String> commandFirst(List<String> argv) {
    int i = 0;
    while (i < argv.size()) {
      var arg = argv.get(i);
      if (arg.equals("--debug")) {
        i++;
      } else if (arg.startsWith("--") && HostOptions.VALUED.contains(arg.substring(2))
          && i + 1 < argv.size()) {
        i += 2;
      } else {
        break;
      }
    }
    if (i == 0 || i == argv.size()) {
      return argv;
    }
    var reordered = new ArrayList<String>(argv.subList(i, argv.size()));
    reordered.addAll(1, argv.subList(0, i));
    return reordered;
  }

  private static void printUsage(PrintStream out) {
    out.println("usage: host-app <command> [options]   (host-app <command> --help for more)");
    out.println();
    out.println("commands:");
    for (var command : COMMANDS) {
      out.printf("  %-10s %s%n", command.name(), command.summary());
    }
    out.print(GLOBAL_OPTIONS);
  }

  private static final String GLOBAL_OPTIONS =
      """

      global options:
        --data-dir DIR             embedded graph, raw archive and logs (default ./data)
        --plugins-dir DIR          plugin jars to load (default ./plugins)
        --neo4j-uri URI            use an external Neo4j (bolt://… or neo4j://…) instead
        --neo4j-user USER          its user (default neo4j)
        --neo4j-password-file F    a file holding its password
        --neo4j-database NAME      its database (default: the server's default)
        --bolt-port N              embedded Bolt port (default: any free port; 7687 for serve)
        --bolt-address ADDR        embedded Bolt interface (default 127.0.0.1)
        --page-cache SIZE          embedded page cache (default 256m)
        --debug                    debug-level log file
      """;
}
