package dev.graphwright.test;

import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.Neo4jGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j per test JVM, started with Neo4j Harness on first use (a start takes seconds) and
 * reached through the Bolt driver, the way the host reaches any Neo4j. Bolt listens on loopback
 * only. Tests isolate themselves by instance id ({@link IntegrationTester} gives each tester its
 * own), so they can share the database.
 */
public final class TestNeo4j {

  private static Neo4j server;
  private static Neo4jGraph graph;
  private static Path dataDir;

  private TestNeo4j() {}

  /** The shared graph, with graphwright's base schema installed. */
  public static synchronized Neo4jGraph graph() {
    if (graph == null) {
      try {
        dataDir = Files.createTempDirectory("graphwright-test-neo4j");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server = Neo4jBuilders.newInProcessBuilder(dataDir)
          .withDisabledServer()
          .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
          .build();
      // The harness runs without authentication: any credentials are accepted.
      Runtime.getRuntime().addShutdownHook(new Thread(TestNeo4j::stop, "graphwright-test-neo4j"));
      var connected =
          Neo4jGraph.connect(server.boltURI(), "neo4j", "auth-is-off-in-the-harness", null);
      // Shared only once its schema is in: without it every MERGE would scan, and tests crawl.
      new GraphSchema(connected).installBase();
      graph = connected;
    }
    return graph;
  }

  /** The Bolt URI of the shared database, e.g. to point Neo4j Browser at it while debugging. */
  public static URI boltUri() {
    graph();
    return server.boltURI();
  }

  private static synchronized void stop() {
    if (graph != null) {
      graph.close();
      graph = null;
    }
    if (server != null) {
      server.close();
      server = null;
      try (var paths = Files.walk(dataDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // Best effort at JVM exit.
      }
    }
  }
}
