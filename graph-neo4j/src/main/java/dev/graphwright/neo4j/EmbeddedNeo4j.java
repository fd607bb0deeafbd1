package dev.graphwright.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.status.StatusLogger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.monitoring.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default graph store: a Neo4j database inside this process, stored under the data directory,
 * reachable over Bolt on loopback with a generated password. The rest of the application talks to
 * it through the driver like to any external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  /** The user the application connects as. */
  public static final String USER = "neo4j";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  /** How long a shutdown may wait for space on a full disk. */
  private static final Duration FULL_DISK_WAIT = Duration.ofSeconds(20);

  /** Below this much usable space, the disk counts as full (a page flush cannot complete). */
  private static final long FULL_DISK_BYTES = 16L << 20;

  private final DatabaseManagementService service;
  private final Path home;
  private final GraphDatabaseAPI api;
  private final URI boltUri;
  private final String password;
  private final Path passwordFile;

  private EmbeddedNeo4j(
      DatabaseManagementService service,
      GraphDatabaseAPI api,
      Path home,
      URI boltUri,
      String password,
      Path passwordFile) {
    this.service = service;
    this.home = home;
    this.api = api;
    this.boltUri = boltUri;
    this.password = password;
    this.passwordFile = passwordFile;
  }

  /** Starts the database; fails with a clear message when its store is locked by another process. */
  public static EmbeddedNeo4j start(EmbeddedNeo4jSettings settings) {
    var home = settings.dataDir().resolve("neo4j").toAbsolutePath();
    var passwordFile = settings.dataDir().resolve("neo4j-password").toAbsolutePath();
    var password = PasswordFile.readOrCreate(passwordFile);
    long started = System.nanoTime();
    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          .setUserLogProvider(NullLogProvider.getInstance())
          .setConfig(config(settings, home))
          .build();
    } catch (RuntimeException e) {
      throw new GraphStoreException(describeStartFailure(home, e), e);
    }
    quietLog4jStatus();
    setPassword(service, password);
    var api = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var port = api.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
    var uri = URI.create("bolt://" + settings.boltAddress() + ":" + port);
    log.info(
        "Embedded Neo4j started in {} ms at '{}', Bolt on {}",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        home,
        uri);
    return new EmbeddedNeo4j(service, api, home, uri, password, passwordFile);
  }

  /**
   * Neo4j's log4j reports failures of its own log files (on a full disk, every line it logs) on
   * stderr with a stack trace each; the run reports the failure once, with what to do. Its
   * configuration registers that console listener, so it is removed after the start.
   */
  private static void quietLog4jStatus() {
    var status = StatusLogger.getLogger();
    status.getListeners().forEach(status::removeListener);
    status.setLevel(org.apache.logging.log4j.Level.OFF);
  }

  private static Map<org.neo4j.graphdb.config.Setting<?>, Object> config(
      EmbeddedNeo4jSettings settings, Path home) {
    return Map.ofEntries(
        Map.entry(BoltConnector.enabled, true),
        Map.entry(
            BoltConnector.listen_address,
            new SocketAddress(settings.boltAddress(), settings.boltPort())),
        Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
        Map.entry(GraphDatabaseSettings.auth_enabled, true),
        Map.entry(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes()),
        Map.entry(
            GraphDatabaseSettings.memory_transaction_global_max_size,
            settings.transactionMemoryBytes()),
        Map.entry(
            GraphDatabaseSettings.memory_transaction_max_size, settings.transactionMaxBytes()),
        Map.entry(GraphDatabaseSettings.logs_directory, home.resolve("logs")),
        Map.entry(GraphDatabaseSettings.keep_logical_logs, "2 files"),
        // Transaction logs are preallocated, so that a full disk never cuts an entry in half: a
        // torn entry at the log's end can make recovery fail (it reads a length from the cut
        // bytes and runs out of heap), while a failed page flush is recovered from the log. Files
        // of 32 MiB instead of 256 keep an empty graph small on disk (two databases, a few
        // files each).
        Map.entry(GraphDatabaseSettings.preallocate_logical_logs, true),
        Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, 32L << 20),
        // Old transaction logs are pruned at checkpoints: checkpoint every minute so that a long
        // ingestion does not pile up gigabytes of them (at the default 15 minutes, 4.6 GB at 1M).
        Map.entry(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(1)),
        Map.entry(GraphDatabaseSettings.udc_enabled, false),
        // Bolt waits 5 s + 5 s for connections and threads on shutdown by default; nothing of
        // ours is connected by then, so a short wait makes every command end promptly.
        Map.entry(
            BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200)),
        Map.entry(
            BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200)));
  }

  private static void setPassword(DatabaseManagementService service, String password) {
    // The embedded API bypasses authentication; Bolt clients need this password. A new database
    // has the default password with a change required: replace it once with ours.
    var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    boolean fresh = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j'"
            + " RETURN passwordChangeRequired",
        Map.of(),
        result ->
            result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
    if (fresh) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    }
  }

  private static String describeStartFailure(Path home, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      var message = String.valueOf(t.getMessage());
      if (message.contains("lock") || message.contains("Lock")) {
        return "the graph in '"
            + home
            + "' is open in another process (is 'host-app serve' running?). Stop it, or point"
            + " this command at it with --neo4j-uri bolt://127.0.0.1:<port>";
      }
      if (message.contains("Address already in use")) {
        return "the Bolt port is in use by another program: choose another with --bolt-port";
      }
    }
    return "cannot start the embedded Neo4j in '" + home + "': " + e.getMessage();
  }

  /** The Bolt URI on loopback. */
  public URI boltUri() {
    return boltUri;
  }

  /** The password of the {@link #USER} user. */
  public String password() {
    return password;
  }

  /** The file holding the password (readable by its owner only). */
  public Path passwordFile() {
    return passwordFile;
  }

  /**
   * Stops the database, flushing its page cache. Neo4j retries a failed flush until it succeeds,
   * so on a full disk its shutdown never ends: after {@link #FULL_DISK_WAIT} with the store's
   * disk full, this gives up and returns, leaving the store as a crash would (the next start
   * recovers it from the transaction log, which holds every committed write).
   */
  @Override
  public void close() {
    boolean diskFull = diskFull();
    if (diskFull || !healthy()) {
      // After a panic Neo4j takes no more writes, and on a full disk its shutdown would retry
      // flushing pages forever: leave the store as a crash would. The transaction log (whose
      // files are preallocated) holds every committed write; the next start replays it.
      log.error(
          "Neo4j {} and was not stopped cleanly; its next start recovers the store from the"
              + " transaction log",
          diskFull
              ? "cannot flush to the full disk holding " + home
              : "failed (see " + home + "/logs/debug.log)");
      return;
    }
    long started = System.nanoTime();
    var failure = new AtomicReference<RuntimeException>();
    // A daemon, so that a shutdown stuck on a full disk does not keep the process alive.
    var shutdown = Thread.ofPlatform().name("neo4j-shutdown").daemon().start(() -> {
      try {
        service.shutdown();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    });
    long fullSince = -1;
    while (!joined(shutdown, Duration.ofSeconds(1))) {
      if (!diskFull()) {
        fullSince = -1;
      } else if (fullSince < 0) {
        fullSince = System.nanoTime();
        log.error(
            "Neo4j cannot write its last pages: the disk holding {} is full. Waiting {} s for free"
                + " space; either way the next start recovers the store from its transaction log",
            home,
            FULL_DISK_WAIT.toSeconds());
      } else if (System.nanoTime() - fullSince > FULL_DISK_WAIT.toNanos()) {
        log.error(
            "Stopped waiting for Neo4j to flush to the full disk; the next start recovers its store");
        return;
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    log.info(
        "Embedded Neo4j stopped in {} ms",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  /** Whether the database has not panicked. */
  private boolean healthy() {
    try {
      return api.getDependencyResolver().resolveDependency(DatabaseHealth.class).hasNoPanic();
    } catch (RuntimeException e) {
      // Already stopped, or the health is unknown: the normal shutdown decides.
      return true;
    }
  }

  /** Whether the store's disk has no room left for a flush. */
  private boolean diskFull() {
    try {
      return Files.getFileStore(home).getUsableSpace() < FULL_DISK_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean joined(Thread thread, Duration timeout) {
    try {
      thread.join(timeout);
      return !thread.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
