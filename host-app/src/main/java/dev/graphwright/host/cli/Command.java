package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import java.util.Set;

/** A subcommand of {@code host-app}. */
public interface Command {

  /** The word users type, e.g. {@code run}. */
  String name();

  /** One line for the command list. */
  String summary();

  /** The full help text shown by {@code --help}: usage line, description and options. */
  String help();

  /** Options of this command that take no value (besides {@code --help}). */
  default Set<String> flags() {
    return Set.of();
  }

  /** Options of this command that take a value (besides the global ones). */
  default Set<String> valued() {
    return Set.of();
  }

  /** Whether the command's default Bolt port is 7687 (serve) rather than any free port. */
  default boolean fixedBoltPort() {
    return false;
  }

  /**
   * Runs the command.
   *
   * @return the process exit code
   */
  int run(Args args, Host host) throws Exception;
}
