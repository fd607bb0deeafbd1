package dev.graphwright.host.cli;

import dev.graphwright.host.Host;

/**
 * A subcommand that works with the host: {@link Main} parses the command line, opens the {@link
 * Host} for the global options, runs the task, and turns its failures into messages and exit codes.
 */
interface HostTask {

  /**
   * Runs the command.
   *
   * @return the process exit code
   */
  int run(Host host) throws Exception;

  /** The Bolt port of the embedded graph when {@code --bolt-port} is not given; 0 = any free. */
  default int defaultBoltPort() {
    return 0;
  }
}
