package dev.graphwright.host.plugin;

import com.google.inject.Injector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;

/**
 * Creates plugin extensions through Guice, one child injector per plugin, so an extension gets host
 * services ({@code HostServices}, {@code Clock}) by {@code @Inject} and never constructs them.
 * Extensions are singletons: PF4J asks for them more than once.
 */
final class GuiceExtensionFactory implements ExtensionFactory {

  private final Injector hostInjector;
  private final PluginManager pluginManager;
  private final Map<String, Injector> pluginInjectors = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

  GuiceExtensionFactory(Injector hostInjector, PluginManager pluginManager) {
    this.hostInjector = hostInjector;
    this.pluginManager = pluginManager;
  }

  @Override
  public <T> T create(Class<T> extensionClass) {
    return extensionClass.cast(instances.computeIfAbsent(extensionClass, this::newInstance));
  }

  private Object newInstance(Class<?> extensionClass) {
    var plugin = pluginManager.whichPlugin(extensionClass);
    var injector = plugin == null
        ? hostInjector
        : pluginInjectors.computeIfAbsent(
            plugin.getPluginId(), id -> hostInjector.createChildInjector());
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    // Libraries inside the plugin that use ServiceLoader look at the context class loader.
    thread.setContextClassLoader(extensionClass.getClassLoader());
    try {
      return injector.getInstance(extensionClass);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
