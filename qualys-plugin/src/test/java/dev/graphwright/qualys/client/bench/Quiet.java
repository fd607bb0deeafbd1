package dev.graphwright.qualys.client.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Logs at INFO in benchmark JVMs (logback's default, DEBUG, prints a line per request). */
final class Quiet {

  private Quiet() {}

  static void logs() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.INFO);
    }
    if (Boolean.getBoolean("bench.debugGovernor")
        && LoggerFactory.getLogger("dev.graphwright.qualys.client.limits")
            instanceof Logger limits) {
      limits.setLevel(Level.DEBUG);
    }
  }
}
