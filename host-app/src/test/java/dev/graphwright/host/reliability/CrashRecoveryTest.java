package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the host app at four points of a run — detection paging, the knowledge-base
 * step, the mapper, the stale-data sync — then a rerun: it completes and the graph equals a clean
 * run's (same nodes and relationships, no duplicates, no orphans). The longer randomized variant is
 * {@link CrashMatrixTest}.
 */
class CrashRecoveryTest {

  private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  static Path dir;

  private static CrashDrill drill;
  private static GraphSnapshot clean;

  @BeforeAll
  static void cleanRun() {
    drill = new CrashDrill(dir, 21);
    clean = drill.cleanRun();
  }

  @AfterAll
  static void stop() {
    drill.close();
  }

  @Test
  void aRunKilledWhileDetectionPagesStreamRecovers() {
    var instance = TestGraph.newInstance("crash-detections");
    try (var fork = drill.startSlow(instance)) {
      assertTrue(
          fork.await(() -> drill.slow().metrics().requests("detection") >= 3, PHASE_TIMEOUT),
          "never reached the third detection page:\n" + fork.output());
      fork.kill();
      assertFalse(
          fork.log().contains("Step 'fetch-scanned-host-detections' ended"), "killed while paging");
    }
    drill.assertRecovers(instance, clean);
  }

  @Test
  void aRunKilledInTheKnowledgeBaseStepRecovers() {
    var instance = TestGraph.newInstance("crash-kb");
    try (var fork = drill.startSlow(instance)) {
      assertTrue(
          fork.await(() -> drill.slow().metrics().requests("kb") >= 3, PHASE_TIMEOUT),
          "never reached the third knowledge-base page:\n" + fork.output());
      fork.kill();
      assertFalse(fork.log().contains("Step 'fetch-finding-vulns' ended"), "killed in the KB step");
    }
    drill.assertRecovers(instance, clean);
  }

  @Test
  void aRunKilledWhileTheMapperLinksRecovers() {
    var instance = TestGraph.newInstance("crash-mapper");
    try (var fork = drill.startFast(instance)) {
      assertTrue(
          fork.await(
              () -> fork.log().contains("Step 'fetch-finding-vulns' ended")
                  && mappedRelationships(instance) > 0,
              PHASE_TIMEOUT),
          "the mapper never started linking:\n" + fork.output());
      fork.kill();
      assertFalse(fork.log().contains("Resolved "), "killed before the mapper finished");
    }
    drill.assertRecovers(instance, clean);
  }

  @Test
  void aRunKilledWhileTheSyncDeletesRecovers() {
    var instance = TestGraph.newInstance("crash-sync");
    int stale = 30_000;
    plantStalePlaceholders(instance, stale);
    try (var fork = drill.startFast(instance)) {
      assertTrue(
          fork.await(() -> stalePlaceholders(instance) < stale, PHASE_TIMEOUT),
          "the sync never started deleting:\n" + fork.output());
      fork.kill();
      assertTrue(stalePlaceholders(instance) > 0, "killed before the sync finished");
    }
    drill.assertRecovers(instance, clean);
  }

  private static long mappedRelationships(String instance) {
    return TestGraph.count(
        "MATCH ()-[r:SCANS|DISCOVERED|IS]->() WHERE r._instanceId = $i RETURN count(r)",
        Map.of("i", instance));
  }

  /**
   * Placeholders of the instance that nothing refers to: the sync deletes them in batches. Their
   * label is their own, so that they leave no trace in the statistics of labels other tests map to.
   */
  private static void plantStalePlaceholders(String instance, int count) {
    TestGraph.graph()
        .write(
            "UNWIND range(1, $n) AS i CREATE (:Placeholder:crash_stale_target"
                + " {_instanceId: $i, _key: 'stale-host-' + i, _type: 'crash_stale_target', _runId: 'long-gone'})",
            Map.of("i", instance, "n", count));
  }

  private static long stalePlaceholders(String instance) {
    return TestGraph.count(
        "MATCH (p:Placeholder {_instanceId: $i}) WHERE p._key STARTS WITH 'stale-host-' RETURN count(p)",
        Map.of("i", instance));
  }
}
