package dev.graphwright.neo4j.testing;

import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.Neo4jGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded Neo4j per test JVM (starting one takes seconds), reached through the driver
 * like in production. Tests isolate themselves with a fresh integration instance id each.
 */
public final class TestGraph {

  private static EmbeddedNeo4j database;
  private static Neo4jGraph graph;
  private static Path dataDir;
  private static final AtomicInteger instances = new AtomicInteger();

  private TestGraph() {}

  /** The shared graph, started on first use with the base schema installed. */
  public static synchronized Neo4jGraph graph() {
    if (graph == null) {
      try {
        dataDir = Files.createTempDirectory("graphwright-test-graph");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      database =
          EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(dataDir).withPageCache(64L << 20));
      Runtime.getRuntime().addShutdownHook(new Thread(TestGraph::stop));
      var connected =
          Neo4jGraph.connect(database.boltUri(), EmbeddedNeo4j.USER, database.password(), null);
      // Shared only once its schema is in: a graph without it would make every MERGE a scan.
      new GraphSchema(connected).installBase();
      graph = connected;
    }
    return graph;
  }

  /** The embedded database behind {@link #graph()}. */
  public static synchronized EmbeddedNeo4j database() {
    graph();
    return database;
  }

  /** A new integration instance id, so tests never see each other's objects. */
  public static String newInstance(String prefix) {
    return prefix + "-" + instances.incrementAndGet() + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A one-value query, for assertions. */
  public static long count(String cypher, Map<String, Object> parameters) {
    return graph().read(cypher, parameters, r -> r.single().get(0).asLong());
  }

  private static synchronized void stop() {
    if (graph != null) {
      graph.close();
      graph = null;
    }
    if (database != null) {
      database.close();
      database = null;
      deleteRecursively(dataDir);
    }
  }

  // Every test JVM starts its own graph: leaving them behind would fill the disk over a few builds.
  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort at JVM exit: the OS cleans temporary directories eventually.
    }
  }
}
