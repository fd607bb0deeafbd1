package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.RunStore;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Kills a real host-app process ({@code kill -9}) in the middle of a Qualys run, runs the
 * instance again, and compares its graph with a clean run's.
 *
 * <p>Two simulators hold the same account: a slow one (latency per page and per host, one call at
 * a time) that the killed process reads, so that each phase lasts long enough to be hit, and a
 * fast one for the clean run and the rerun.
 */
final class CrashDrill implements AutoCloseable {

  /** Calls one at a time, in small pages: detection paging and the KB step last seconds. */
  static final String[] SLOW_PAGES = {
    "QUALYS_CONCURRENCY_CAP", "1",
    "QUALYS_HOSTS_PER_DETECTION_REQUEST", "25",
    "QUALYS_QIDS_PER_KB_REQUEST", "5"
  };

  private final HostApp app;
  private final QualysSimulator slow;
  private final QualysSimulator fast;
  private final Path dir;
  private final boolean embedded;
  private int forks;

  /** A drill on the shared test Neo4j, which the killed process reaches over Bolt. */
  CrashDrill(Path dir, long seed) {
    this(dir, seed, false);
  }

  /**
   * @param embedded whether runs use their own embedded graph (the default store), so that the
   *     kill also takes Neo4j down mid-transaction and the next start must recover its store
   */
  CrashDrill(Path dir, long seed, boolean embedded) {
    this.dir = dir;
    this.embedded = embedded;
    this.app = embedded ? HostApp.qualysEmbedded(dir) : HostApp.qualys(dir);
    this.slow = Sims.start(Sims.small(seed).latencyMs(100).latencyPerHostMs(10));
    this.fast = Sims.start(
        slow.options().toBuilder().port(0).now(slow.now()).latencyMs(0).latencyPerHostMs(0));
  }

  QualysSimulator slow() {
    return slow;
  }

  /** A clean run of a new instance against the fast simulator, and its graph. */
  GraphSnapshot cleanRun() {
    var instance = TestGraph.newInstance("crash-clean");
    var run = app.run("qualys", instance, HostApp.qualysEnv(fast));
    assertEquals(0, run.exitCode(), run.toString());
    return withGraph(graph -> GraphSnapshot.of(graph, instance));
  }

  /**
   * Starts {@code run qualys} for the instance in its own JVM against the slow simulator, writing
   * in small batches so that its progress shows in the graph.
   */
  ForkedRun startSlow(String instance) {
    slow.resetMetrics();
    return start(instance, HostApp.qualysEnv(slow, SLOW_PAGES));
  }

  /** The same against the fast simulator: for kill points after the API calls (mapper, sync). */
  ForkedRun startFast(String instance) {
    return start(instance, HostApp.qualysEnv(fast));
  }

  private ForkedRun start(String instance, Map<String, String> env) {
    var argv = new ArrayList<>(
        List.of("run", "qualys", "--instance", instance, "--quiet", "--batch-size", "25"));
    argv.addAll(app.globalOptions());
    var output = dir.resolve("fork-" + (++forks) + ".out");
    return ForkedRun.start(argv, env, app.dataDir(), output);
  }

  /**
   * After a kill: the killed run is still RUNNING in the history (unless it was killed before it
   * was recorded); a rerun (against the fast simulator) takes the dead process's lock at once,
   * succeeds, marks the killed run CRASHED, and leaves exactly the clean run's graph.
   */
  void assertRecovers(String instance, GraphSnapshot clean) {
    assertRecovers(instance, clean, List.of("RUNNING"));
  }

  /**
   * The same after a run that failed on its own: it is recorded with one of {@code ended}
   * (FAILED when its end could be written, RUNNING when the database took no more writes).
   */
  void assertRecovers(String instance, GraphSnapshot clean, List<String> ended) {
    var before = withGraph(graph -> statuses(graph, instance));
    assertTrue(
        before.isEmpty() || before.size() == 1 && ended.contains(before.get(0)),
        "the first run is recorded as one of " + ended + ": " + before);

    var rerun = app.run("qualys", instance, HostApp.qualysEnv(fast));

    assertEquals(0, rerun.exitCode(), rerun.toString());
    assertTrue(rerun.out().contains("SUCCESS"), rerun.out());
    withGraph(graph -> {
      var first = before.isEmpty()
          ? List.<String>of()
          : List.of(before.get(0).equals("RUNNING") ? "CRASHED" : before.get(0));
      var expected = new ArrayList<String>(List.of("SUCCESS"));
      expected.addAll(first);
      assertEquals(
          expected, statuses(graph, instance), "runs, newest first: a killed one marked CRASHED");
      var recovered = GraphSnapshot.of(graph, instance);
      assertEquals(List.of(), GraphSnapshot.duplicateKeys(graph, instance), "duplicate keys");
      assertEquals(List.of(), recovered.duplicateRelationships(), "duplicate relationships");
      assertEquals(Map.of(), GraphSnapshot.orphans(graph, instance), "orphans");
      assertEquals(List.of(), clean.missingIn(recovered), "missing after recovery");
      assertEquals(List.of(), recovered.missingIn(clean), "extra after recovery");
      assertEquals(clean.nodeCounts(), recovered.nodeCounts());
      assertEquals(clean.relationshipCounts(), recovered.relationshipCounts());
      return null;
    });
  }

  /** Applies {@code read} to the graph the runs use; an embedded one is opened for it, then closed. */
  private <T> T withGraph(Function<Neo4jGraph, T> read) {
    if (!embedded) {
      return read.apply(TestGraph.graph());
    }
    try (var database = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(app.dataDir()));
        var graph =
            Neo4jGraph.connect(database.boltUri(), EmbeddedNeo4j.USER, database.password(), null)) {
      return read.apply(graph);
    }
  }

  private static List<String> statuses(Neo4jGraph graph, String instance) {
    return new RunStore(graph)
        .recent(instance, 10).stream().map(RunStore.RunRow::status).toList();
  }

  @Override
  public void close() {
    slow.stop();
    fast.stop();
  }
}
