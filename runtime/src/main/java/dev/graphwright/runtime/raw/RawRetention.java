package dev.graphwright.runtime.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an instance's raw archive within bounds: the last {@code keepRuns} runs, and no more than
 * {@code maxBytes} in all (oldest runs go first). Run ids sort by time, so names give the order.
 */
public final class RawRetention {

  private static final Logger log = LoggerFactory.getLogger(RawRetention.class);

  private RawRetention() {}

  public static void prune(Path rawRoot, String instanceId, int keepRuns, long maxBytes) {
    var instanceDir = rawRoot.resolve(instanceId);
    if (!Files.isDirectory(instanceDir)) {
      return;
    }
    try (Stream<Path> runs = Files.list(instanceDir)) {
      var sorted = new ArrayList<>(runs.filter(Files::isDirectory).sorted().toList());
      while (sorted.size() > keepRuns) {
        delete(sorted.remove(0));
      }
      long total = 0;
      var sizes = new ArrayList<Long>();
      for (var run : sorted) {
        long size = size(run);
        sizes.add(size);
        total += size;
      }
      while (total > maxBytes && !sorted.isEmpty()) {
        total -= sizes.remove(0);
        delete(sorted.remove(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune the raw archive " + instanceDir, e);
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    log.info("Raw archive retention: removing {}", dir);
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (var path : paths) {
      Files.deleteIfExists(path);
    }
  }
}
