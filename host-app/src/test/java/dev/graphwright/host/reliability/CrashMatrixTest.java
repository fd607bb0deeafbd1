package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long, randomized crash drill (not part of CI; {@code bench/crash-matrix} runs it): {@code
 * crash.matrix.runs} times, start a run, {@code kill -9} it after a random delay within the first
 * four fifths of an unkilled run, rerun, and compare with a clean run. {@code crash.matrix.seed}
 * replays a sequence of delays; {@code crash.matrix.embedded=true} runs on the embedded graph, so
 * that every kill also takes Neo4j down mid-transaction.
 */
@EnabledIfSystemProperty(named = "crash.matrix.runs", matches = "[1-9][0-9]*")
class CrashMatrixTest {

  @TempDir
  Path dir;

  @Test
  void runsKilledAtRandomPointsAlwaysRecoverToTheCleanGraph() {
    int runs = Integer.getInteger("crash.matrix.runs");
    long seed = Long.getLong("crash.matrix.seed", System.nanoTime());
    var random = new Random(seed);
    var report = new ArrayList<String>();
    boolean embedded = Boolean.getBoolean("crash.matrix.embedded");
    try (var drill = new CrashDrill(dir, 21, embedded)) {
      var clean = drill.cleanRun();
      unkilledRunMillis(drill, true); // warms the caches up
      long slowRun = unkilledRunMillis(drill, true);
      long fastRun = unkilledRunMillis(drill, false);
      report.add("seed " + seed + (embedded ? ", embedded graph" : ", shared test graph")
          + ", an unkilled run takes " + slowRun + " ms (slow API) / " + fastRun
          + " ms (fast API)");
      for (int i = 1; i <= runs; i++) {
        var instance = TestGraph.newInstance("crash-matrix");
        // Half the runs read a fast API, so that kills also land in the mapper and the sync; a
        // kill in the last fifth would mostly find the run ended already.
        boolean slow = random.nextBoolean();
        long delay = (long) (random.nextDouble() * (slow ? slowRun : fastRun) * 0.8);
        String phase;
        try (var fork = slow ? drill.startSlow(instance) : drill.startFast(instance)) {
          fork.await(() -> false, Duration.ofMillis(delay));
          if (!fork.alive()) {
            report.add(i + ": " + delay + " ms: the run ended before the kill; skipped");
            continue;
          }
          fork.kill();
          phase = phaseOf(fork.log()) + (slow ? " (slow API)" : " (fast API)");
        }
        drill.assertRecovers(instance, clean);
        report.add(i + ": killed after " + delay + " ms " + phase + ": recovered");
      }
    } finally {
      System.out.println(String.join("\n", report));
    }
    assertTrue(
        report.stream().filter(l -> l.endsWith("recovered")).count() >= Math.max(1, runs / 2),
        "most kills landed inside a run:\n" + String.join("\n", report));
  }

  private static long unkilledRunMillis(CrashDrill drill, boolean slow) {
    var instance = TestGraph.newInstance("crash-matrix-full");
    long started = System.nanoTime();
    try (var fork = slow ? drill.startSlow(instance) : drill.startFast(instance)) {
      assertEquals(0, fork.awaitExit(Duration.ofMinutes(5)), fork.output());
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** The last thing the killed run logged, e.g. "in fetch-finding-vulns" or "while mapping". */
  static String phaseOf(String log) {
    var lines = log.lines().toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      var line = lines.get(i);
      if (line.contains("Resolved ")) {
        return "after mapping (placeholders, sync, totals)";
      }
      if (line.contains("' ended ") && line.contains("Step '")) {
        var step = line.substring(line.indexOf("Step '") + 6, line.indexOf("' ended"));
        return step.equals("fetch-finding-vulns") ? "while mapping" : "after " + step;
      }
      if (line.contains("' started") && line.contains("Step '")) {
        return "in " + line.substring(line.indexOf("Step '") + 6, line.indexOf("' started"));
      }
    }
    return "before the first step";
  }
}
