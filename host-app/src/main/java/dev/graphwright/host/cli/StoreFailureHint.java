package dev.graphwright.host.cli;

import dev.graphwright.host.graph.GraphAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What to do when the graph database failed during a run: where to look, and that rerunning is safe. */
final class StoreFailureHint {

  /** Below this, the data directory's disk is the likely cause. */
  private static final long LOW_SPACE_BYTES = 64L << 20;

  private static final String RERUN =
      " then run the same command again: the next run completes the work, and what this run"
          + " committed is kept.";

  private StoreFailureHint() {}

  static String of(GraphAccess graph, Path dataDir) {
    if (graph.embedded().isEmpty()) {
      return "The Neo4j server at " + graph.boltUri() + " failed or stopped: check it (its disk"
          + " space, its debug.log),"
          + RERUN;
    }
    long usable = usableBytes(dataDir);
    if (usable >= 0 && usable < LOW_SPACE_BYTES) {
      return "The disk holding " + dataDir.toAbsolutePath() + " is full (" + (usable >> 20)
          + " MiB free). Free space there (the raw archive under its raw/ folder is one place:"
          + " --raw-keep-runs, --raw-max-mb),"
          + RERUN;
    }
    return "The embedded database in " + dataDir.toAbsolutePath().resolve("neo4j")
        + " failed: see its logs/debug.log, fix the cause (disk space, permissions),"
        + RERUN;
  }

  private static long usableBytes(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }
}
