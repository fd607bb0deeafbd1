package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Qualys subscriptions — two simulators with different seeds, whose host ids, QIDs and so
 * keys overlap — ingested as two instances into one graph: each gets exactly its own ground truth,
 * no object is shared or linked across them, and one instance's stale-data sync never deletes the
 * other's objects, even those with the same {@code _key} and {@code _type}.
 */
class TwoSubscriptionsTest {

  @TempDir
  static Path dir;

  private static QualysSimulator first;
  private static QualysSimulator second;
  private static HostApp app;
  private static String a;
  private static String b;
  private static HostApp.Outcome runA;
  private static HostApp.Outcome runB;

  @BeforeAll
  static void ingestBoth() {
    // Seeds whose host id ranges start 3 apart, so that about half the host ids are common.
    first = Sims.start(Sims.small(1917));
    second = Sims.start(Sims.small(2544));
    app = HostApp.qualys(dir);
    a = TestGraph.newInstance("subscription-a");
    b = TestGraph.newInstance("subscription-b");
    runA = app.run("qualys", a, HostApp.qualysEnv(first));
    runB = app.run("qualys", b, HostApp.qualysEnv(second));
  }

  @AfterAll
  static void stop() {
    first.stop();
    second.stop();
  }

  @Test
  void eachInstanceHoldsExactlyItsOwnSubscriptionDespiteOverlappingKeys() {
    assertEquals(0, runA.exitCode(), runA.toString());
    assertEquals(0, runB.exitCode(), runB.toString());
    GroundTruth.assertComplete(GroundTruth.ofFirstRun(first, runA.record()), runA.record());
    GroundTruth.assertComplete(GroundTruth.ofFirstRun(second, runB.record()), runB.record());
    var params = Map.<String, Object>of("a", a, "b", b);
    assertTrue(
        TestGraph.count(
                "MATCH (x:Entity {_instanceId: $a}), (y:Entity {_instanceId: $b})"
                    + " WHERE x._key = y._key AND x._type = y._type AND x <> y RETURN count(*)",
                params)
            > 1,
        "the subscriptions share keys (services at least), each instance with its own node");
    assertTrue(
        TestGraph.count(
                "MATCH (x:qualys_host_finding {_instanceId: $a}), (y:qualys_host_finding {_instanceId: $b})"
                    + " WHERE x.qualysHostId = y.qualysHostId RETURN count(DISTINCT x.qualysHostId)",
                params)
            > 0,
        "the subscriptions share host ids");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (x)-[r]-(y) WHERE x._instanceId = $a AND (y._instanceId = $b OR r._instanceId = $b)"
                + " RETURN count(r)",
            params),
        "no relationship links the two instances");
  }

  @Test
  void oneInstancesSyncNeverDeletesTheOthersObjects() {
    var before = GraphSnapshot.of(b);
    var params = Map.<String, Object>of("a", a, "b", b);
    // A stale account node in instance A with the very key and type of B's live account (an
    // account's key names its instance, so A's own run never writes this key).
    var sharedKey = "qualys-account:" + b;
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (x:qualys_account {_instanceId: $b, _key: 'qualys-account:' + $b}) RETURN count(x)",
            params));
    TestGraph.graph()
        .write(
            "CREATE (:Entity:Account:qualys_account {_instanceId: $a, _key: 'qualys-account:' + $b,"
                + " _type: 'qualys_account', _runId: 'long-gone'})",
            params);

    var rerunA = app.run("qualys", a, HostApp.qualysEnv(first));

    assertEquals(0, rerunA.exitCode(), rerunA.toString());
    assertEquals(
        1L,
        rerunA.record().deleted().get("qualys_account"),
        "A's sync deleted A's stale node: " + rerunA.record().deleted());
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (x:qualys_account {_instanceId: $a, _key: 'qualys-account:' + $b}) RETURN count(x)",
            params));
    assertEquals(List.of(), before.missingIn(GraphSnapshot.of(b)), "B lost nothing");
    assertEquals(before, GraphSnapshot.of(b), "B is unchanged");
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (x:qualys_account {_instanceId: $b, _key: $key}) RETURN count(x)",
            Map.of("b", b, "key", sharedKey)),
        "B's account, with the key and type of A's stale node, is still there");
  }
}
