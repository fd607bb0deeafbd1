package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.RunStore;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors no retry can fix: the run stops with exit code 2 and one {@code error:} line that says
 * what to check, and deletes nothing (each test seeds its instance first).
 */
class FatalErrorsTest {

  private static QualysSimulator now;
  private static QualysSimulator later;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSimulators() {
    now = Sims.start(Sims.small(4));
    later = Sims.later(now, SeededInstance.LATER);
  }

  @AfterAll
  static void stopSimulators() {
    now.stop();
    later.stop();
  }

  @AfterEach
  void clearFaults() {
    later.clearFaults();
  }

  @Test
  void aWrongPasswordStopsTheRunAndNamesTheLikelyCauses() {
    var seeded = seeded();
    var run = seeded.runLater(
        HostApp.qualysEnv(later.baseUrl(), later.options().username(), "not-the-password"));

    assertFatal(run, seeded, "HTTP 401, code 2000", "wrong username or password");
    assertEquals("FAILED", run.record().status());
  }

  @Test
  void anAccountThatExpiresMidRunStopsTheRunAndDeletesNothing() {
    var seeded = seeded();
    later.setFaults(List.of("expired@detection"));
    var run = seeded.runLater(HostApp.qualysEnv(later));

    assertFatal(run, seeded, "code 2001", "subscription has expired");
    assertEquals("FAILURE", run.step("fetch-scanned-host-detections").status());
    assertEquals(
        "NOT_RUN", run.step("fetch-finding-vulns").status(), "nothing runs after a fatal error");
    assertEquals(Map.of(), run.record().deleted());
  }

  @Test
  void aQpsAnswerOf200WithUnauthorizedStopsTheRunAndDeletesNothing() {
    var seeded = seeded();
    later.setFaults(List.of("qps-unauthorized@hostasset"));
    var run = seeded.runLater(HostApp.qualysEnv(later));

    assertFatal(run, seeded, "responseCode UNAUTHORIZED", "user without API access");
    assertEquals("FAILURE", run.step("fetch-scanned-host-details").status());
    assertEquals(Map.of(), run.record().deleted());
  }

  @Test
  void anUnreachableApiUrlStopsTheRunAndSaysToCheckTheUrl() throws IOException {
    var seeded = seeded();
    var run = seeded.runLater(HostApp.qualysEnv(closedPortUrl(), "qualys-user", "qualys-pass"));

    assertFatal(run, seeded, "Cannot reach the Qualys API", "Check the API URL");
  }

  @Test
  void aRunStoppedByAnUnreachableApiIsRecordedAsFailed() throws IOException {
    var seeded = seeded();
    var run = seeded.runLater(HostApp.qualysEnv(closedPortUrl(), "qualys-user", "qualys-pass"));

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.record() != null, "--summary-json was written");
    assertEquals("FAILED", run.record().status());
    assertEquals(
        List.of(),
        new RunStore(TestGraph.graph())
            .recent(seeded.instance(), 10).stream()
                .filter(r -> r.status().equals("RUNNING"))
                .map(RunStore.RunRow::runId)
                .toList(),
        "no run of the instance is left RUNNING");
  }

  @Test
  void aUrlThatIsNotAQualysApiStopsTheRunAndSaysToCheckTheUrl() {
    var seeded = seeded();
    try (var notQualys = QualysGateway.inFrontOf(later.baseUrl())) {
      notQualys.answer("/.*", 404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
      var run =
          seeded.runLater(HostApp.qualysEnv(notQualys.baseUrl(), "qualys-user", "qualys-pass"));

      assertFatal(run, seeded, "HTTP 404", "API URL");
    }
  }

  @Test
  void anApiUrlWithAPathIsRejectedBeforeAnyCall() {
    var seeded = seeded();
    later.resetMetrics();
    var run = seeded.runLater(
        HostApp.qualysEnv(later.baseUrl() + "/api/2.0", "qualys-user", "qualys-pass"));

    assertFatal(run, seeded, "invalid Qualys API URL", "without a path");
    assertEquals(0L, later.metrics().requests("total"), "no call was made");
  }

  private SeededInstance seeded() {
    return SeededInstance.seed(HostApp.qualys(dir), now);
  }

  private static void assertFatal(
      HostApp.Outcome run, SeededInstance seeded, String what, String advice) {
    assertEquals(2, run.exitCode(), run.toString());
    var errors = run.err().lines().filter(l -> l.startsWith("error: ")).toList();
    assertEquals(1, errors.size(), "one error line:\n" + run.err());
    assertTrue(
        errors.get(0).contains(what),
        "the error says what happened (" + what + "): " + errors.get(0));
    assertTrue(
        errors.get(0).contains(advice),
        "the error says what to check (" + advice + "): " + errors.get(0));
    assertEquals(List.of(), seeded.lostSinceSeed(), "nothing was deleted");
  }

  private static String closedPortUrl() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }
}
