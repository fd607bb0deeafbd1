package dev.graphwright.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Scratch directories of the kit, deleted when the test JVM exits so builds do not fill the disk. */
final class TempDirs {

  private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(TempDirs::deleteAll, "graphwright-test-cleanup"));
  }

  private TempDirs() {}

  static Path create(String prefix) {
    try {
      var dir = Files.createTempDirectory(prefix);
      CREATED.add(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteAll() {
    for (var dir : CREATED) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // Best effort at exit: the OS cleans temporary directories eventually.
      }
    }
  }
}
