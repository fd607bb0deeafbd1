package dev.graphwright.host.qualys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw data: every response is archived while it streams, an entity's source record can be
 * printed, and a run replayed from its archive without network produces the same graph. Also:
 * one step re-run on its own reads its ancestors' output from the graph.
 */
class RawArchiveAndReplayTest {

  @TempDir
  Path dir;

  @Test
  void rawPrintsTheSourceRecordAndReplayRebuildsTheSameGraphOffline() throws Exception {
    try (var simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(11)
        .hosts(120)
        .detectionsPerHost(5)
        .qids(80)
        .webApps(3)
        .findingsPerWebApp(3)
        .rateLimit(100_000)
        .build())) {
      var runs = new QualysRuns(dir, simulator);
      var instance = TestGraph.newInstance("qualys-raw");
      var original = runs.runOk(instance).record();
      var archive = dir.resolve("data/raw").resolve(instance).resolve(original.runId());
      assertTrue(Files.exists(archive.resolve("index.tsv")), "the run's responses were archived");
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/raw"))),
          "the archive is readable by its owner only");

      var key = TestGraph.graph()
          .read(
              "MATCH (f:qualys_host_finding {_instanceId: $i}) RETURN f._key AS k, f.qid AS q ORDER BY k LIMIT 1",
              Map.of("i", instance),
              r -> r.single().asMap());
      var raw = runs.command("raw", (String) key.get("k"), "--instance", instance);
      assertEquals(0, raw.exitCode(), raw.err());
      assertTrue(raw.out().strip().startsWith("<DETECTION>"), raw.out());
      assertTrue(raw.out().contains("<QID>" + key.get("q") + "</QID>"), raw.out());

      // Lose the graph, and the network: the archive alone must rebuild it.
      TestGraph.graph()
          .write("MATCH (n) WHERE n._instanceId = $i DETACH DELETE n", Map.of("i", instance));
      simulator.setFaults(List.of("5xx:1.0"));
      simulator.resetMetrics();
      var replay = runs.command("replay", original.runId(), "--quiet");
      assertEquals(0, replay.exitCode(), replay.out() + replay.err());
      assertEquals(0, simulator.metrics().requests("total"), "a replay sends no request");
      var replayed = TestGraph.graph()
          .read(
              "MATCH (r:GraphwrightRun {instanceId: $i}) WHERE r.runId <> $original RETURN r.record AS record"
                  + " ORDER BY r.startedAt DESC LIMIT 1",
              Map.of("i", instance, "original", original.runId()),
              r -> r.single().get("record").asString());
      var record = dev.graphwright.runtime.run.Json.read(
          replayed, dev.graphwright.runtime.run.RunRecord.class);
      assertEquals(original.runId(), record.replayOf());
      assertEquals(0L, record.requests());
      assertEquals(original.totals(), record.totals());
    }
  }

  @Test
  void oneStepRerunsOnItsOwnFromItsAncestorsOutput() throws Exception {
    try (var simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(12)
        .hosts(100)
        .detectionsPerHost(4)
        .qids(60)
        .webApps(2)
        .findingsPerWebApp(2)
        .rateLimit(100_000)
        .build())) {
      var runs = new QualysRuns(dir, simulator);
      var instance = TestGraph.newInstance("qualys-step");
      var full = runs.runOk(instance).record();
      long findings = full.totals().entities().get("qualys_host_finding");
      assertTrue(findings > 0);
      // The step must write its findings again: forget the full run's record, so that the step
      // asks for a first run's window instead of what changed since the full run.
      var instanceParam = Map.<String, Object>of("i", instance);
      TestGraph.graph()
          .write("MATCH (r:GraphwrightRun {instanceId: $i}) DETACH DELETE r", instanceParam);

      var step = runs.run(instance, Map.of(), "--step", "fetch-scanned-host-detections");
      assertEquals(0, step.exitCode(), step.out() + step.err());
      assertEquals(
          List.of("fetch-scanned-host-detections"),
          step.record().steps().stream().map(s -> s.id()).toList());
      assertEquals(
          findings,
          step.record().steps().getFirst().counts().get("qualys_host_finding"),
          "the step wrote every finding again, from the host ids its ancestors left in the graph");
      assertEquals(
          findings,
          TestGraph.count(
              "MATCH (f:qualys_host_finding {_instanceId: $i, _runId: $run}) RETURN count(f)",
              Map.of("i", instance, "run", step.record().runId())),
          "every finding now names the step's run");
      assertEquals(full.totals().entities(), step.record().totals().entities());
      assertEquals(
          Map.of(), step.record().deleted(), "nothing of the other steps' types is deleted");
    }
  }
}
