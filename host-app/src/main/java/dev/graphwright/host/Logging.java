package dev.graphwright.host;

import java.nio.file.Path;

/**
 * Points the log file at {@code <data-dir>/logs/host-app.log} before the first logger is created
 * (logback.xml reads these properties). The console only shows errors; Neo4j writes its own logs
 * under {@code <data-dir>/neo4j/logs}.
 */
public final class Logging {

  private Logging() {}

  public static void configure(Path logDir, boolean debug) {
    System.setProperty("graphwright.logDir", logDir.toAbsolutePath().toString());
    System.setProperty("graphwright.logLevel", debug ? "DEBUG" : "INFO");
  }
}
