package dev.graphwright.neo4j;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A connection to a Neo4j database through the Java driver: the one door through which the
 * application reads and writes the graph, embedded or external. Queries are always parameterized.
 */
public final class Neo4jGraph implements AutoCloseable {

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final URI uri;

  private Neo4jGraph(Driver driver, SessionConfig sessionConfig, URI uri) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.uri = uri;
  }

  /**
   * Connects and checks the connection.
   *
   * @param uri a {@code bolt://} or {@code neo4j://} URI
   * @param database the database name, or null for the server's default
   */
  public static Neo4jGraph connect(URI uri, String user, String password, String database) {
    var config = Config.builder()
        .withLogging(Logging.none())
        .withMaxConnectionPoolSize(16)
        .withConnectionAcquisitionTimeout(10, TimeUnit.MINUTES)
        .withMaxTransactionRetryTime(60, TimeUnit.SECONDS)
        .withFetchSize(2000)
        .withTelemetryDisabled(true)
        .withUserAgent("graphwright")
        .build();
    var driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
    try {
      driver.verifyConnectivity();
    } catch (AuthenticationException e) {
      driver.close();
      throw new GraphStoreException(
          "Neo4j at " + uri + " rejected user '" + user + "': check --neo4j-user and the password"
              + " file given with --neo4j-password-file",
          e);
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new GraphStoreException(
          "cannot reach Neo4j at " + uri + ": is the server running and the URI right?", e);
    }
    var sessionConfig =
        database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    return new Neo4jGraph(driver, sessionConfig, uri);
  }

  /** The URI this connection uses. */
  public URI uri() {
    return uri;
  }

  /** Runs a write in a managed transaction (retried by the driver on transient errors). */
  public <T> T write(String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> reader.apply(tx.run(cypher, parameters)));
    }
  }

  /**
   * Runs a write in one explicit transaction, without the driver's retries: for callers that
   * retry themselves and must react to some errors at once (the writer splits a batch that runs
   * out of transaction memory instead of retrying it for a minute).
   */
  public <T> T writeOnce(
      String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
    try (var session = driver.session(sessionConfig);
        var tx = session.beginTransaction()) {
      var value = reader.apply(tx.run(cypher, parameters));
      tx.commit();
      return value;
    }
  }

  /** Runs a write and discards its result. */
  public void write(String cypher, Map<String, Object> parameters) {
    write(cypher, parameters, Result::consume);
  }

  /** Runs a read in a managed transaction. */
  public <T> T read(String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> reader.apply(tx.run(cypher, parameters)));
    }
  }

  /**
   * Streams the records of a read to {@code consumer} without retries, so every record is seen
   * exactly once; records are fetched in pages, never all at once.
   */
  public void stream(String cypher, Map<String, Object> parameters, Consumer<Record> consumer) {
    try (var session = driver.session(sessionConfig);
        var tx = session.beginTransaction()) {
      var result = tx.run(cypher, parameters);
      while (result.hasNext()) {
        consumer.accept(result.next());
      }
      tx.commit();
    }
  }

  /** Runs an auto-commit query, for schema commands and {@code CALL ... IN TRANSACTIONS}. */
  public <T> T autoCommit(
      String cypher, Map<String, Object> parameters, Function<Result, T> reader) {
    try (var session = driver.session(sessionConfig)) {
      return reader.apply(session.run(cypher, parameters));
    }
  }

  @Override
  public void close() {
    driver.close();
  }
}
