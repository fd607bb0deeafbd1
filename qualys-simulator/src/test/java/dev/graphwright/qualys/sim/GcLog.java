package dev.graphwright.qualys.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LongSummaryStatistics;
import java.util.regex.Pattern;

/** Reads a JVM's {@code -Xlog:gc} file. */
final class GcLog {
  // "... Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(32M) 1.234ms":
  // before->after(committed).
  private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private GcLog() {}

  /** The heap in use right after each collection, in MiB: count, min, max. */
  static LongSummaryStatistics heapAfterCollectionsMiB(Path log) throws IOException {
    return Files.readAllLines(log).stream()
        .map(PAUSE::matcher)
        .filter(java.util.regex.Matcher::find)
        .mapToLong(m -> Long.parseLong(m.group(2)))
        .summaryStatistics();
  }
}
