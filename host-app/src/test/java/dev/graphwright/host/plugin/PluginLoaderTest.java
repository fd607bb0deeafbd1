package dev.graphwright.host.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import dev.graphwright.api.HostServices;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins load from real jars; broken ones are reported and skipped while the others load. */
class PluginLoaderTest {

  static final Path EXAMPLE_PLUGIN = dev.graphwright.host.TestPlugins.EXAMPLE;

  @TempDir
  Path plugins;

  @Test
  void loadsTheExamplePluginAndInjectsHostServices() throws IOException {
    Files.copy(EXAMPLE_PLUGIN, plugins.resolve("example-plugin.jar"));
    try (var loader = loader()) {
      var loaded = loader.load();
      assertEquals(0, loaded.problems().size(), loaded.problems().toString());
      var example = loaded.find("example");
      assertEquals("example", example.pluginId());
      assertEquals(2, example.integration().steps().size());
    }
  }

  @Test
  void skipsBrokenPluginsAndLoadsTheRest() throws IOException {
    Files.copy(EXAMPLE_PLUGIN, plugins.resolve("example-plugin.jar"));
    writeJar(plugins.resolve("no-manifest.jar"), new Manifest(), Map.of());
    writeJar(
        plugins.resolve("failing.jar"),
        manifest("failing", dev.graphwright.api.Spi.VERSION, FailingPlugin.class.getName()),
        Map.of(classEntry(FailingPlugin.class), classBytes(FailingPlugin.class)));
    writeJar(plugins.resolve("future.jar"), manifest("future", ">=9.0.0", null), Map.of());
    writeJar(plugins.resolve("old-spi.jar"), manifest("old-spi", "0.1.0", null), Map.of());
    try (var loader = loader()) {
      var loaded = loader.load();
      assertEquals("example", loaded.find("example").integration().id());
      var problems = loaded.problems().toString();
      assertTrue(problems.contains("failing"), problems);
      assertTrue(problems.contains("cannot start on purpose"), problems);
      assertTrue(problems.contains("no-manifest.jar"), problems);
      assertTrue(problems.contains("future"), problems);
      assertTrue(
          problems.contains(
              "old-spi (old-spi.jar), reason=built for SPI 0.1.0, but this host has SPI "
                  + dev.graphwright.api.Spi.VERSION + ": rebuild the plugin"),
          "a plugin built for SPI 0.1.0 is refused: " + problems);
      var error = assertThrows(UnknownIntegrationException.class, () -> loaded.find("nope"));
      assertTrue(error.getMessage().contains("available: example"), error.getMessage());
    }
  }

  private PluginLoader loader() {
    var services = new HostServices(
        Clock.systemUTC(), plugins, "test", Duration.ofSeconds(1), Duration.ofSeconds(1));
    var injector =
        Guice.createInjector(binder -> binder.bind(HostServices.class).toInstance(services));
    return new PluginLoader(plugins, injector);
  }

  private static Manifest manifest(String id, String requires, String pluginClass) {
    var manifest = new Manifest();
    var attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.putValue("Plugin-Id", id);
    attributes.putValue("Plugin-Version", "1.0.0");
    attributes.putValue("Plugin-Requires", requires);
    if (pluginClass != null) {
      attributes.putValue("Plugin-Class", pluginClass);
    }
    return manifest;
  }

  private static String classEntry(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  private static byte[] classBytes(Class<?> type) throws IOException {
    try (var in = type.getClassLoader().getResourceAsStream(classEntry(type))) {
      return in.readAllBytes();
    }
  }

  private static void writeJar(Path jar, Manifest manifest, Map<String, byte[]> entries)
      throws IOException {
    if (manifest.getMainAttributes().isEmpty()) {
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    }
    try (OutputStream file = Files.newOutputStream(jar);
        var out = new JarOutputStream(file, manifest)) {
      for (var entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
  }
}
