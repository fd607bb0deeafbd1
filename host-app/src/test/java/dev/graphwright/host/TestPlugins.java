package dev.graphwright.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The plugin jars the build copied for tests (never on the test class path). */
public final class TestPlugins {

  /** The example plugin, built by the example-plugin module. */
  public static final Path EXAMPLE = Path.of("target", "test-plugins", "example-plugin.jar");

  private TestPlugins() {}

  /** The Qualys plugin, shaded by the qualys-plugin module. */
  public static final Path QUALYS = Path.of("target", "test-plugins", "qualys-plugin.jar");

  /** The AWS plugin, shaded by the aws-plugin module. */
  public static final Path AWS = Path.of("target", "test-plugins", "aws-plugin.jar");

  /** A plugins directory holding the Qualys plugin (the one drop-in jar). */
  public static Path qualysOnly(Path dir) {
    return holding(dir, QUALYS);
  }

  /** A plugins directory holding these plugin jars. */
  public static Path holding(Path dir, Path... jars) {
    try {
      Files.createDirectories(dir);
      for (var jar : jars) {
        Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plugins directory holding the example plugin. */
  public static Path exampleOnly(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.copy(EXAMPLE, dir.resolve("example-plugin.jar"), StandardCopyOption.REPLACE_EXISTING);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
