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
