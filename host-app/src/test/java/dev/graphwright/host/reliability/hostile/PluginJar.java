package dev.graphwright.host.reliability.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs the classes of this package into a PF4J plugin jar whose one extension is the integration. */
public final class PluginJar {

  private PluginJar() {}

  /** Writes {@code hostile-plugin.jar} into {@code pluginsDir}; returns the directory. */
  public static Path writeTo(Path pluginsDir) {
    var manifest = new Manifest();
    var attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    attributes.putValue("Plugin-Id", HostileIntegration.ID);
    attributes.putValue("Plugin-Version", "1.0.0");
    attributes.putValue("Plugin-Requires", dev.graphwright.api.Spi.VERSION);
    var packageDir = packageDirectory();
    try {
      Files.createDirectories(pluginsDir);
      try (var jar = new JarOutputStream(
              Files.newOutputStream(pluginsDir.resolve("hostile-plugin.jar")), manifest);
          var classes = Files.list(packageDir)) {
        for (var file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
          jar.putNextEntry(new JarEntry(
              PluginJar.class.getPackageName().replace('.', '/') + "/" + file.getFileName()));
          jar.write(Files.readAllBytes(file));
          jar.closeEntry();
        }
        jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
        jar.write((HostileIntegration.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
      return pluginsDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path packageDirectory() {
    try {
      return Path.of(PluginJar.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI())
          .resolve(PluginJar.class.getPackageName().replace('.', '/'));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
