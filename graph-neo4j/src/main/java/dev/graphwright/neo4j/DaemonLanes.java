package dev.graphwright.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Single-thread executors ("lanes") for graph writes: work sent to one lane runs in order, lanes
 * run in parallel. Daemon threads, so a stuck write never keeps the JVM alive after the run.
 */
final class DaemonLanes {

  private DaemonLanes() {}

  /** {@code count} lanes whose threads are named {@code prefix-0}, {@code prefix-1}, ... */
  static List<ExecutorService> create(String prefix, int count) {
    var lanes = new ArrayList<ExecutorService>(count);
    for (int lane = 0; lane < count; lane++) {
      lanes.add(Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name(prefix + "-" + lane).daemon().factory()));
    }
    return List.copyOf(lanes);
  }
}
