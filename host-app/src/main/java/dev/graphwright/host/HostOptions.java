package dev.graphwright.host;

import dev.graphwright.host.cli.Args;
import dev.graphwright.host.cli.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The options every command accepts: where the data and plugins live and which Neo4j to use.
 *
 * @param dataDir the embedded graph, raw archive, logs and work files ({@code --data-dir}, default
 *     {@code ./data})
 * @param pluginsDir where plugin jars are loaded from ({@code --plugins-dir}, default {@code
 *     ./plugins})
 * @param neo4jUri an external Neo4j ({@code --neo4j-uri bolt://…|neo4j://…}); empty = embedded
 * @param neo4jUser the external Neo4j user ({@code --neo4j-user}, default {@code neo4j})
 * @param neo4jPasswordFile a file holding the external Neo4j password ({@code
 *     --neo4j-password-file}); for the embedded database, {@code <data-dir>/neo4j-password}
 * @param neo4jDatabase the database to use on an external server ({@code --neo4j-database})
 * @param boltAddress the interface the embedded Bolt listens on ({@code --bolt-address}, default
 *     127.0.0.1)
 * @param boltPort the embedded Bolt port ({@code --bolt-port}; 0 = any free port)
 * @param pageCacheBytes the embedded page cache ({@code --page-cache}, e.g. {@code 256m})
 */
public record HostOptions(
    Path dataDir,
    Path pluginsDir,
    Optional<URI> neo4jUri,
    String neo4jUser,
    Optional<Path> neo4jPasswordFile,
    Optional<String> neo4jDatabase,
    String boltAddress,
    int boltPort,
    long pageCacheBytes) {

  /** Options every command understands. */
  public static final Set<String> VALUED =
      Set.of(
          "data-dir",
          "plugins-dir",
          "neo4j-uri",
          "neo4j-user",
          "neo4j-password-file",
          "neo4j-database",
          "bolt-address",
          "bolt-port",
          "page-cache");

  /** Reads the global options; {@code defaultBoltPort} differs for {@code serve}. */
  public static HostOptions from(Args args, int defaultBoltPort) {
    var uri = args.value("neo4j-uri").map(HostOptions::parseUri);
    return new HostOptions(
        Path.of(args.value("data-dir").orElse("data")),
        args.value("plugins-dir").map(Path::of).orElseGet(HostOptions::defaultPluginsDir),
        uri,
        args.value("neo4j-user").orElse("neo4j"),
        args.value("neo4j-password-file").map(Path::of),
        args.value("neo4j-database"),
        args.value("bolt-address").orElse("127.0.0.1"),
        args.intValue("bolt-port", defaultBoltPort),
        parseSize(args.value("page-cache").orElse("256m")));
  }

  /** {@code ./plugins} when it exists, else the installation's ({@code $GRAPHWRIGHT_HOME}). */
  private static Path defaultPluginsDir() {
    var local = Path.of("plugins");
    var home = System.getenv("GRAPHWRIGHT_HOME");
    if (java.nio.file.Files.isDirectory(local) || home == null) {
      return local;
    }
    return Path.of(home, "plugins");
  }

  private static URI parseUri(String value) {
    var uri = URI.create(value);
    var scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.startsWith("bolt") && !scheme.startsWith("neo4j")) {
      throw new UsageException(
          "--neo4j-uri must be bolt://host:port or neo4j://host:port, got '" + value + "'");
    }
    return uri;
  }

  /** Parses {@code 512m}, {@code 2g}, {@code 1048576}. */
  public static long parseSize(String value) {
    var text = value.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (text.endsWith("k")) {
      unit = 1L << 10;
    } else if (text.endsWith("m")) {
      unit = 1L << 20;
    } else if (text.endsWith("g")) {
      unit = 1L << 30;
    }
    var digits = unit == 1 ? text : text.substring(0, text.length() - 1);
    try {
      return Long.parseLong(digits) * unit;
    } catch (NumberFormatException e) {
      throw new UsageException("bad size '" + value + "': use e.g. 256m or 1g");
    }
  }
}
