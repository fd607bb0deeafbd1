package dev.graphwright.host.graph;

import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.GraphStoreException;
import dev.graphwright.neo4j.Neo4jGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Opens the graph the options name: an external Neo4j, or the embedded one under the data dir. When
 * a {@code serve} command already holds the embedded database, connects to its Bolt instead, so
 * queries and runs work while Neo4j Browser is attached.
 */
public final class GraphAccess implements AutoCloseable {

  private final @Nullable EmbeddedNeo4j embedded;
  private final Neo4jGraph graph;
  private final String description;

  private GraphAccess(@Nullable EmbeddedNeo4j embedded, Neo4jGraph graph, String description) {
    this.embedded = embedded;
    this.graph = graph;
    this.description = description;
  }

  /** Opens the graph and installs the base schema. */
  public static GraphAccess open(GraphOptions options) {
    var access = connect(options);
    try {
      new GraphSchema(access.graph).installBase();
    } catch (RuntimeException e) {
      access.close();
      throw e;
    }
    return access;
  }

  private static GraphAccess connect(GraphOptions options) {
    if (options.neo4jUri().isPresent()) {
      var uri = options.neo4jUri().get();
      var password = readPassword(options
          .neo4jPasswordFile()
          .orElseThrow(() -> new GraphStoreException(
              "--neo4j-uri needs --neo4j-password-file (a file holding the"
                  + " password of --neo4j-user)",
              null)));
      var graph = Neo4jGraph.connect(
          uri, options.neo4jUser(), password, options.neo4jDatabase().orElse(null));
      return new GraphAccess(null, graph, "Neo4j at " + uri);
    }
    var served = ServeMarker.read(options.dataDir());
    if (served.isPresent()) {
      var password = readPassword(options.dataDir().resolve("neo4j-password"));
      var graph = Neo4jGraph.connect(served.get(), EmbeddedNeo4j.USER, password, null);
      return new GraphAccess(null, graph, "the served graph at " + served.get());
    }
    var settings = EmbeddedNeo4jSettings.defaults(options.dataDir())
        .withBoltAddress(options.boltAddress())
        .withBoltPort(options.boltPort())
        .withPageCache(options.pageCacheBytes());
    var embedded = EmbeddedNeo4j.start(settings);
    try {
      var graph =
          Neo4jGraph.connect(embedded.boltUri(), EmbeddedNeo4j.USER, embedded.password(), null);
      return new GraphAccess(
          embedded, graph, "the embedded graph in " + options.dataDir().toAbsolutePath());
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  private static String readPassword(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new GraphStoreException("cannot read the Neo4j password file " + file, e);
    }
  }

  public Neo4jGraph graph() {
    return graph;
  }

  /** The embedded database, when this process started it. */
  public Optional<EmbeddedNeo4j> embedded() {
    return Optional.ofNullable(embedded);
  }

  /** The Bolt URI clients can use. */
  public URI boltUri() {
    return graph.uri();
  }

  /** A phrase for messages, e.g. "the embedded graph in /x/data". */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      graph.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** Writes the file other commands use to find a running {@code serve}. */
  public static void markServing(Path dataDir, URI boltUri) {
    ServeMarker.write(dataDir, boltUri);
  }

  public static void unmarkServing(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(ServeMarker.FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
