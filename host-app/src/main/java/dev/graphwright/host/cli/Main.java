package dev.graphwright.host.cli;

import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.host.DataDirPrivacy;
import dev.graphwright.host.Host;
import dev.graphwright.host.HostOptions;
import dev.graphwright.host.Logging;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.plugin.UnknownIntegrationException;
import dev.graphwright.neo4j.GraphStoreException;
import dev.graphwright.runtime.run.Errors;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code host-app} command line: parses it with {@link HostAppCommand}, opens the {@link Host}
 * the global options describe, and runs the chosen {@link HostTask}.
 *
 * <p>Exit codes: 0 success, 1 what the command reports as partly failed, 2 a usage, config or fatal
 * error (the message says what to do).
 */
public final class Main {

  private static final String GLOBAL_OPTIONS = "globalOptions";

  private Main() {}

  public static void main(String[] argv) {
    int code = run(List.of(argv), System.out, System.err, System.getenv(), Clock.systemUTC());
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /** Runs one command; returns the exit code. */
  public static int run(
      List<String> argv, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
    var root = new HostAppCommand();
    var commandLine = new CommandLine(root);
    commandLine.setOut(writer(out));
    commandLine.setErr(writer(err));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // A Cypher text or a key may start with '@': it is never the name of an argument file.
    commandLine.setExpandAtFiles(false);
    commandLine.setOverwrittenOptionsAllowed(true); // the last value wins, as scripts expect
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionStrategy(parsed -> execute(parsed, root, out, err, env, clock));
    listGlobalOptionsApart(commandLine);
    return commandLine.execute(argv.toArray(String[]::new));
  }

  private static int execute(
      ParseResult parsed,
      HostAppCommand root,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Clock clock) {
    Integer helped = CommandLine.executeHelpRequest(parsed);
    if (helped != null) {
      return helped;
    }
    if (!parsed.hasSubcommand()) {
      parsed.commandSpec().commandLine().usage(err);
      return 2;
    }
    var commands = parsed.asCommandLineList();
    var last = commands.get(commands.size() - 1);
    if (!(last.getCommand() instanceof HostTask task)) {
      return new RunLast().execute(parsed); // generate-completion
    }
    var options = root.hostOptions(task.defaultBoltPort());
    boolean created = DataDirPrivacy.secure(options.dataDir(), err);
    Logging.configure(options.dataDir().resolve("logs"), root.debug());
    try {
      return runTask(task, last.getCommandSpec(), options, out, err, env, clock);
    } finally {
      if (created) {
        // Neo4j creates its files with the process's umask: close what it left open to others.
        DataDirPrivacy.tighten(options.dataDir());
      }
    }
  }

  private static int runTask(
      HostTask task,
      CommandSpec spec,
      HostOptions options,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Clock clock) {
    var name = spec.qualifiedName();
    try (var host = new Host(options, out, err, env, clock)) {
      return task.run(host);
    } catch (UsageException | UnknownIntegrationException e) {
      err.println("error: " + e.getMessage());
      err.println("see '" + name + " --help'");
      return 2;
    } catch (IntegrationException | GraphStoreException e) {
      LoggerFactory.getLogger("host-app").error("'{}' failed", name, e);
      err.println("error: " + Errors.oneLine(e));
      return 2;
    } catch (Exception e) {
      LoggerFactory.getLogger("host-app").error("'{}' failed unexpectedly", name, e);
      err.println("error: " + Errors.oneLine(e));
      err.println(
          "(details in " + Path.of(options.dataDir().toString(), "logs", "host-app.log") + ")");
      return 2;
    }
  }

  /** A command line picocli cannot parse: what is wrong, close matches, where to read more. */
  private static int usageError(ParameterException e, String[] argv) {
    var commandLine = e.getCommandLine();
    var err = commandLine.getErr();
    if (unknownCommand(e)) {
      var given = ((UnmatchedArgumentException) e).getUnmatched().get(0);
      err.println("error: unknown command '" + given + "'; the commands are "
          + String.join(", ", commandLine.getSubcommands().keySet()));
      err.println("see 'host-app --help'");
      err.flush();
      return 2;
    }
    err.println("error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return 2;
  }

  private static boolean unknownCommand(ParameterException e) {
    return e instanceof UnmatchedArgumentException unmatched
        && !e.getCommandLine().getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-");
  }

  /**
   * Each subcommand's help lists its own options first and the inherited global ones after them,
   * under their own heading, so that what is particular to the command stands out.
   */
  private static void listGlobalOptionsApart(CommandLine root) {
    for (var command : root.getSubcommands().values()) {
      var usage = command.getCommandSpec().usageMessage();
      var keys = new ArrayList<String>();
      for (var key : usage.sectionKeys()) {
        // The header is the command's line in the command list; its help starts with usage.
        if (!key.equals(UsageMessageSpec.SECTION_KEY_HEADER_HEADING)
            && !key.equals(UsageMessageSpec.SECTION_KEY_HEADER)) {
          keys.add(key);
        }
        if (key.equals(UsageMessageSpec.SECTION_KEY_OPTION_LIST)) {
          keys.add(GLOBAL_OPTIONS);
        }
      }
      var sections = new HashMap<>(usage.sectionMap());
      sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> optionList(help, false));
      sections.put(GLOBAL_OPTIONS, help -> optionList(help, true));
      usage.sectionKeys(keys);
      usage.sectionMap(sections);
    }
  }

  private static String optionList(CommandLine.Help help, boolean inherited) {
    List<OptionSpec> options = help.commandSpec().options().stream()
        .filter(o -> !o.hidden() && o.inherited() == inherited)
        .toList();
    if (options.isEmpty()) {
      return "";
    }
    return (inherited ? String.format("%nglobal options:%n") : "")
        + help.optionListExcludingGroups(
            options, help.createDefaultLayout(), null, help.parameterLabelRenderer());
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
  }
}
