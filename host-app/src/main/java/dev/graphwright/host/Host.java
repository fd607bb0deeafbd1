package dev.graphwright.host;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.graphwright.host.graph.GraphAccess;
import dev.graphwright.host.plugin.PluginLoader;
import dev.graphwright.host.plugin.Plugins;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * What a command works with: the options, the streams, the environment, and — opened on first use
 * and closed at the end — the plugins and the graph.
 */
public final class Host implements AutoCloseable {

  private final HostOptions options;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final Clock clock;
  private final Injector injector;
  private PluginLoader loader;
  private Plugins plugins;
  private GraphAccess graph;

  public Host(
      HostOptions options,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      Clock clock) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.clock = clock;
    this.injector = Guice.createInjector(new HostModule(options, clock));
  }

  public HostOptions options() {
    return options;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Clock clock() {
    return clock;
  }

  /** The plugins in the plugins directory, loaded on first use. */
  public synchronized Plugins plugins() {
    if (plugins == null) {
      loader = new PluginLoader(options.pluginsDir(), injector);
      plugins = loader.load();
    }
    return plugins;
  }

  /** The graph, opened on first use. */
  public synchronized GraphAccess graph() {
    if (graph == null) {
      graph = GraphAccess.open(options.graph());
    }
    return graph;
  }

  @Override
  public synchronized void close() {
    try {
      if (graph != null) {
        graph.close();
      }
    } finally {
      if (loader != null) {
        loader.close();
      }
    }
  }
}
