package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a sentinel password, no output, log file, exception message, graph property, run record or
 * raw archive holds it, nor the {@code Authorization} value made from it. The host app runs in its
 * own JVM with the product's logging at DEBUG: a successful run with retried 5xx pages, a run with
 * a wrong sentinel password (the 401 path), {@code validate}, {@code runs} and {@code raw}.
 */
class SecretsTest {

  private static final String USER = "sentinel-user";
  private static final String PASSWORD = "S3ntinel-p4ss!";
  private static final String WRONG_PASSWORD = "Wr0ng-S3ntinel!";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @TempDir
  static Path dir;

  private static QualysSimulator sim;
  private static HostApp app;
  private static final List<Printed> printed = new ArrayList<>();

  /** What one command printed, and how it ended. */
  private record Printed(String command, int exitCode, String text) {}

  @BeforeAll
  static void runWithSentinelPasswords() throws IOException {
    sim = Sims.start(Sims.small(23).username(USER).password(PASSWORD).faults(List.of("5xx:0.3")));
    app = HostApp.qualys(dir);
    var instance = TestGraph.newInstance("secrets");
    fork(
        "run",
        HostApp.qualysEnv(sim),
        "run",
        "qualys",
        "--instance",
        instance,
        "--debug",
        "--summary-json",
        dir.resolve("summary-ok.json").toString());
    fork(
        "run with the wrong password",
        HostApp.qualysEnv(sim.baseUrl(), USER, WRONG_PASSWORD),
        "run",
        "qualys",
        "--instance",
        instance + "-wrong",
        "--debug",
        "--summary-json",
        dir.resolve("summary-wrong.json").toString());
    fork("validate", HostApp.qualysEnv(sim), "validate", "qualys", "--debug");
    var runId = TestGraph.graph()
        .read(
            "MATCH (r:GraphwrightRun {instanceId: $i}) RETURN r.runId AS id",
            Map.of("i", instance),
            r -> r.single().get("id").asString());
    inProcess("runs", app.command(Map.of(), "runs", runId));
    var findingKey = TestGraph.graph()
        .read(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) RETURN f._key AS key LIMIT 1",
            Map.of("i", instance),
            r -> r.single().get("key").asString());
    inProcess("raw", app.command(Map.of(), "raw", findingKey, "--instance", instance));
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @Test
  void nothingPrintedHoldsTheSecrets() {
    assertEquals(
        List.of(0, 2, 0, 0, 0),
        printed.stream().map(Printed::exitCode).toList(),
        printed.toString());
    assertTrue(
        printed.get(1).text().contains("error: Qualys /msp/about.php answered HTTP 401"),
        "the wrong password's error is printed: " + printed.get(1).text());
    assertTrue(
        printed.get(4).text().contains("<DETECTION>") || printed.get(4).text().contains("QID"),
        "raw prints the archived record: " + printed.get(4).text());
    var hits = new ArrayList<String>();
    for (var scan : scans()) {
      printed.forEach(p -> hits.addAll(scan.inText(p.command(), p.text())));
    }
    assertEquals(List.of(), hits);
  }

  @Test
  void noFileUnderTheDataDirHoldsTheSecrets() throws IOException {
    var data = app.dataDir();
    var log = Files.readString(data.resolve("logs/host-app.log"));
    assertTrue(log.contains(" DEBUG "), "the log is at DEBUG");
    assertTrue(log.contains("HTTP 5") || log.contains("retry"), "retried pages are logged");
    assertTrue(log.contains("401"), "the failed login is logged");
    assertTrue(SecretScan.count(data.resolve("raw"), ".gz") > 0, "the raw archive holds pages");
    var hits = new ArrayList<String>();
    for (var scan : scans()) {
      hits.addAll(scan.inFiles(data));
      hits.addAll(scan.inFiles(dir.resolve("fork-output")));
    }
    assertEquals(List.of(), hits);
  }

  @Test
  void noGraphPropertyOrRunRecordHoldsTheSecrets() throws IOException {
    var ok = Files.readString(dir.resolve("summary-ok.json"));
    var wrong = Files.readString(dir.resolve("summary-wrong.json"));
    assertTrue(
        ok.contains("\"status\" : \"SUCCESS\"") || ok.contains("\"status\":\"SUCCESS\""), ok);
    assertTrue(wrong.contains("FAILED"), wrong);
    assertTrue(
        TestGraph.count(
                "MATCH (r:GraphwrightRun) WHERE r.record CONTAINS $u RETURN count(r)",
                Map.of("u", USER))
            >= 1,
        "run records in the graph name the user (not the password)");
    var hits = new ArrayList<String>();
    for (var scan : scans()) {
      hits.addAll(scan.inText("summary-ok.json", ok));
      hits.addAll(scan.inText("summary-wrong.json", wrong));
      hits.addAll(scan.inGraph());
    }
    assertEquals(List.of(), hits);
  }

  private static List<SecretScan> scans() {
    return List.of(new SecretScan(USER, PASSWORD), new SecretScan(USER, WRONG_PASSWORD));
  }

  private static void fork(String name, Map<String, String> env, String... argv)
      throws IOException {
    var args = new ArrayList<>(List.of(argv));
    args.addAll(app.globalOptions());
    var outputs = Files.createDirectories(dir.resolve("fork-output"));
    var output = outputs.resolve(name.replace(' ', '-') + ".out");
    try (var fork = ForkedRun.start(args, env, app.dataDir(), output)) {
      int code = fork.awaitExit(TIMEOUT);
      printed.add(new Printed(name, code, fork.output()));
    }
  }

  private static void inProcess(String name, HostApp.Outcome outcome) {
    printed.add(new Printed(name, outcome.exitCode(), outcome.out() + outcome.err()));
  }
}
