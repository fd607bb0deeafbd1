package dev.graphwright.host.qualys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.host.TestPlugins;
import dev.graphwright.host.cli.Main;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real host app with the Qualys plugin jar against a simulator, into the shared test
 * Neo4j, and builds the ground-truth query that matches a run's windows and filters.
 */
public final class QualysRuns {

  /** What one run printed and recorded. */
  record Outcome(int exitCode, String out, String err, RunRecord record) {}

  private final Path dir;
  private final QualysSimulator simulator;
  private final List<String> global;

  QualysRuns(Path dir, QualysSimulator simulator) throws IOException {
    this.dir = dir;
    this.simulator = simulator;
    var database = TestGraph.database();
    TestGraph.graph();
    var passwordFile = dir.resolve("neo4j-password");
    Files.writeString(passwordFile, database.password());
    global = List.of(
        "--plugins-dir", TestPlugins.qualysOnly(dir.resolve("plugins")).toString(),
        "--data-dir", dir.resolve("data").toString(),
        "--neo4j-uri", database.boltUri().toString(),
        "--neo4j-password-file", passwordFile.toString());
  }

  /** The environment a user sets: the three required variables (plus extras). */
  Map<String, String> environment(Map<String, String> extra) {
    var env = new HashMap<String, String>();
    env.put("QUALYS_API_URL", simulator.baseUrl());
    env.put("QUALYS_USERNAME", simulator.options().username());
    env.put("QUALYS_PASSWORD", simulator.options().password());
    env.putAll(extra);
    return env;
  }

  Outcome run(String instance, Map<String, String> extraEnv, String... extraArgs)
      throws IOException {
    var summary = dir.resolve("summary-" + System.nanoTime() + ".json");
    var args = new ArrayList<>(List.of(
        "run", "qualys", "--instance", instance, "--quiet", "--summary-json", summary.toString()));
    args.addAll(List.of(extraArgs));
    args.addAll(global);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        environment(extraEnv),
        Clock.systemUTC());
    RunRecord record =
        Files.exists(summary) ? Json.read(Files.readString(summary), RunRecord.class) : null;
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), record);
  }

  Outcome runOk(String instance) throws IOException {
    var outcome = run(instance, Map.of());
    assertEquals(0, outcome.exitCode(), outcome.out() + outcome.err());
    return outcome;
  }

  /** Other commands (query, raw, replay, runs) with the same options. */
  Outcome command(String... argv) {
    var args = new ArrayList<>(List.of(argv));
    args.addAll(global);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        environment(Map.of()),
        Clock.systemUTC());
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), null);
  }

  /**
   * The ground-truth filters of a first run with the default config: the 7-day windows ending at
   * the run's start, severities 3-5, Confirmed and Potential, Qualys' default statuses.
   */
  public static Map<String, String> expectedFilters(RunRecord record) {
    var to = Instant.parse(record.windowTo()).truncatedTo(ChronoUnit.SECONDS);
    var from = to.minus(Duration.ofDays(7));
    return Map.of(
        "scanned_after", from.toString(),
        "scanned_before", to.toString(),
        "detections_updated_after", from.toString(),
        "detections_updated_before", to.toString(),
        "webapps_scanned_after", from.toString(),
        "findings_detected_after", from.toString(),
        "severities", "3,4,5",
        "types", "Confirmed,Potential");
  }
}
