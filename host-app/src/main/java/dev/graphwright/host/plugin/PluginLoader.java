package dev.graphwright.host.plugin;

import com.google.inject.Injector;
import dev.graphwright.api.Integration;
import dev.graphwright.api.Spi;
import dev.graphwright.runtime.run.LoadedIntegration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every jar in the plugins directory with PF4J and collects their {@link Integration}
 * extensions. A broken plugin (bad manifest, wrong SPI version, failing start, no extension) is
 * reported and skipped; the others load.
 */
public final class PluginLoader implements AutoCloseable {

  /** The SPI version plugins declare compatibility with through {@code Plugin-Requires}. */
  public static final String SPI_VERSION = Spi.VERSION;

  private static final Logger log = LoggerFactory.getLogger(PluginLoader.class);

  private final JarPluginManager manager;
  private final Path pluginsDir;

  public PluginLoader(Path pluginsDir, Injector injector) {
    this.pluginsDir = pluginsDir;
    this.manager = new JarPluginManager(pluginsDir) {
      @Override
      protected ExtensionFactory createExtensionFactory() {
        return new GuiceExtensionFactory(injector, this);
      }

      @Override
      protected VersionManager createVersionManager() {
        return new SpiVersionCheck();
      }
    };
    manager.setSystemVersion(SPI_VERSION);
    // A plain Plugin-Requires version is the SPI a plugin was built for (see SpiVersionCheck),
    // not PF4J's default "this or newer".
    manager.setExactVersionAllowed(true);
  }

  /** Loads and starts the plugins, then finds their integrations. */
  public Plugins load() {
    var problems = new ArrayList<PluginProblem>();
    if (!Files.isDirectory(pluginsDir)) {
      return new Plugins(List.of(), List.of());
    }
    manager.loadPlugins();
    manager.startPlugins();
    var integrations = new ArrayList<LoadedIntegration>();
    var seenIds = new HashSet<String>();
    for (var plugin : manager.getPlugins()) {
      if (plugin.getPluginState() != PluginState.STARTED) {
        problems.add(new PluginProblem(describe(plugin), stateReason(plugin)));
        continue;
      }
      List<Integration> found;
      try {
        found = manager.getExtensions(Integration.class, plugin.getPluginId());
      } catch (RuntimeException | LinkageError e) {
        problems.add(
            new PluginProblem(describe(plugin), "its integration cannot be created: " + e));
        continue;
      }
      if (found.isEmpty()) {
        problems.add(new PluginProblem(
            describe(plugin),
            "no Integration extension found (was META-INF/extensions.idx generated?)"));
      }
      for (var integration : found) {
        if (!seenIds.add(integration.id())) {
          problems.add(new PluginProblem(
              describe(plugin), "integration id '" + integration.id() + "' is already loaded"));
          continue;
        }
        integrations.add(new LoadedIntegration(
            integration,
            plugin.getPluginId(),
            plugin.getDescriptor().getVersion(),
            plugin.getPluginClassLoader()));
      }
    }
    problems.addAll(unloadableJars());
    problems.forEach(p -> log.error("Plugin '{}' skipped: {}", p.plugin(), p.reason()));
    return new Plugins(List.copyOf(integrations), List.copyOf(problems));
  }

  /** Jars PF4J could not even load (bad manifest): they never became plugins. */
  private List<PluginProblem> unloadableJars() {
    var problems = new ArrayList<PluginProblem>();
    var loaded = new HashSet<Path>();
    manager
        .getPlugins()
        .forEach(p -> loaded.add(p.getPluginPath().toAbsolutePath().normalize()));
    try (var files = Files.list(pluginsDir)) {
      files
          .filter(f -> f.toString().endsWith(".jar"))
          .filter(f -> !loaded.contains(f.toAbsolutePath().normalize()))
          .forEach(f -> problems.add(new PluginProblem(
              f.getFileName().toString(),
              "not a valid plugin jar (missing or bad Plugin-Id/Plugin-Version/"
                  + "Plugin-Requires in its manifest, or an incompatible SPI version)")));
    } catch (java.io.IOException e) {
      problems.add(new PluginProblem(pluginsDir.toString(), "cannot list: " + e.getMessage()));
    }
    return problems;
  }

  private static String describe(PluginWrapper plugin) {
    return plugin.getPluginId() + " (" + plugin.getPluginPath().getFileName() + ")";
  }

  private String stateReason(PluginWrapper plugin) {
    var requires = plugin.getDescriptor().getRequires();
    if (!manager.getVersionManager().checkVersionConstraint(SPI_VERSION, requires)) {
      return SpiVersionCheck.refusal(requires, SPI_VERSION);
    }
    var failure = plugin.getFailedException();
    if (failure != null) {
      return "failed to start: " + failure;
    }
    return "state " + plugin.getPluginState()
        + (plugin.getPluginState() == PluginState.DISABLED
            ? " (check Plugin-Requires against SPI " + SPI_VERSION + ")"
            : "");
  }

  /** Stops and unloads the plugins (one by one: PF4J 3.15's stopPlugins() can throw). */
  @Override
  public void close() {
    for (var plugin : new ArrayList<>(manager.getStartedPlugins())) {
      try {
        manager.stopPlugin(plugin.getPluginId());
      } catch (RuntimeException e) {
        log.warn("Stopping plugin '{}' failed", plugin.getPluginId(), e);
      }
    }
    for (var plugin : new ArrayList<>(manager.getPlugins())) {
      try {
        manager.unloadPlugin(plugin.getPluginId());
      } catch (RuntimeException e) {
        log.warn("Unloading plugin '{}' failed", plugin.getPluginId(), e);
      }
    }
  }
}
