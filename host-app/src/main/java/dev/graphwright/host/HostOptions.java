package dev.graphwright.host;

import dev.graphwright.host.graph.GraphOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The options every command accepts: where the plugins live and which graph to use.
 *
 * @param pluginsDir where plugin jars are loaded from ({@code --plugins-dir})
 * @param graph the graph: embedded under the data dir ({@code --data-dir}), or an external Neo4j
 */
public record HostOptions(Path pluginsDir, GraphOptions graph) {

  /** The embedded graph, raw archive, logs and work files. */
  public Path dataDir() {
    return graph.dataDir();
  }

  /** {@code ./plugins} when it exists, else the installation's ({@code $GRAPHWRIGHT_HOME}). */
  public static Path defaultPluginsDir() {
    var local = Path.of("plugins");
    var home = System.getenv("GRAPHWRIGHT_HOME");
    if (Files.isDirectory(local) || home == null) {
      return local;
    }
    return Path.of(home, "plugins");
  }
}
