package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.runtime.run.RunRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data a correct client cannot ingest: the page or record is reported (with Qualys' code and
 * text where there is one) and counted, its step becomes partial (exit 1), the rest of the run
 * completes, and nothing already in the graph is deleted. Each test seeds its instance with a
 * clean run, then runs again later against the same account with the fault ({@link SeededInstance}).
 */
class BadDataTest {

  private static final String DETECTIONS = "fetch-scanned-host-detections";
  private static final String HOST_DETAILS = "fetch-scanned-host-details";
  private static final String WEB_APP_FINDINGS = "fetch-scanned-webapp-findings";
  private static final String VULNS = "fetch-finding-vulns";
  // Both runs ask for the same statuses (a later run adds Fixed by itself), so their counts
  // compare.
  private static final String[] STATUSES = {"VMDR_FINDING_STATUSES", "New,Active,Re-Opened,Fixed"};

  private static QualysSimulator now;
  private static QualysSimulator later;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSimulators() {
    now = Sims.start(Sims.small(3));
    later = Sims.later(now, SeededInstance.LATER);
  }

  @AfterAll
  static void stopSimulators() {
    now.stop();
    later.stop();
  }

  @Test
  void aTruncatedDetectionPageIsReportedAndTheRestCompletes() {
    var run = seededThenRunWith(List.of("truncate@detection"));

    assertPartial(run, DETECTIONS, 1, "truncated XML");
  }

  @Test
  void aTruncatedKnowledgeBasePageIsReportedAndTheRestCompletes() {
    var run = seededThenRunWith(List.of("truncate@kb"));

    assertPartial(run, VULNS, 1, "truncated XML");
  }

  @Test
  void aMalformedDetectionPageIsReportedAndTheRestCompletes() {
    var run = seededThenRunWith(List.of("malformed@detection"));

    assertPartial(run, DETECTIONS, 1, "malformed or truncated XML");
  }

  @Test
  void aDetectionWithANonNumericQidIsReportedAndSkipped() {
    var run = seededThenRunWith(List.of("bad-qid@detection"));

    assertPartial(run, DETECTIONS, later.metrics().faults("bad-qid"), "QID 'abc'");
  }

  @Test
  void aWebAppFindingWithANonNumericQidIsReportedAndSkipped() {
    var run = seededThenRunWith(List.of("bad-qid@finding"));

    assertPartial(run, WEB_APP_FINDINGS, later.metrics().faults("bad-qid"), "QID 'abc'");
  }

  @Test
  void aHostAssetWithAStructuredValueWhereTextBelongsIsReported() {
    var run = seededThenRunWith(List.of("non-string@hostasset"));

    assertPartial(run, HOST_DETAILS, later.metrics().faults("non-string"), "os");
  }

  @Test
  void aDetectionHostWithAStructuredValueWhereTextBelongsIsReported() {
    var run = seededThenRunWith(List.of("non-string@detection"));

    assertPartial(run, DETECTIONS, later.metrics().faults("non-string"), "DNS");
  }

  @Test
  void aDetectionPageRefusedWith1905IsReportedWithQualysCodeAndText() {
    try (var gateway = QualysGateway.inFrontOf(later.baseUrl())) {
      gateway.answerFirst(
          "/api/2.0/fo/asset/host/vm/detection/?", 400, "text/xml;charset=UTF-8", """
          <?xml version="1.0" encoding="UTF-8" ?>
          <!DOCTYPE SIMPLE_RETURN SYSTEM "https://qualysapi.qualys.com/api/2.0/simple_return.dtd">
          <SIMPLE_RETURN>
            <RESPONSE>
              <DATETIME>2026-03-01T12:00:00Z</DATETIME>
              <CODE>1905</CODE>
              <TEXT>parameter ids has invalid value: abc123 (neither a positive integer nor a range: abc123)</TEXT>
            </RESPONSE>
          </SIMPLE_RETURN>
          """);
      var run = seededThenRun(HostApp.qualysEnv(
          gateway.baseUrl(),
          later.options().username(),
          later.options().password(),
          "QUALYS_HOSTS_PER_DETECTION_REQUEST",
          "50",
          STATUSES[0],
          STATUSES[1]));

      assertPartial(run, DETECTIONS, 1, "1905");
      assertTrue(
          String.join("\n", run.step(DETECTIONS).pageFailureSamples())
              .contains("parameter ids has invalid value: abc123"),
          "Qualys' text is reported");
      assertTrue(
          run.step(DETECTIONS).counts().getOrDefault("qualys_host_finding", 0L) > 0,
          "the other detection pages were ingested");
    }
  }

  /** A seeded instance, then a later run against the later account with {@code faults} on. */
  private Run seededThenRunWith(List<String> faults) {
    later.resetMetrics();
    later.setFaults(faults);
    try {
      return seededThenRun(HostApp.qualysEnv(later, STATUSES));
    } finally {
      later.clearFaults();
    }
  }

  private Run seededThenRun(Map<String, String> laterEnv) {
    var seeded = SeededInstance.seed(HostApp.qualys(dir), now, STATUSES);
    return new Run(seeded.runLater(laterEnv), seeded);
  }

  /** The faulty run and the seeded instance it ran on. */
  private record Run(HostApp.Outcome outcome, SeededInstance seeded) {
    RunRecord.StepRecord step(String id) {
      return outcome.step(id);
    }
  }

  private static void assertPartial(Run run, String failedStep, long failures, String reason) {
    var outcome = run.outcome();
    assertEquals(1, outcome.exitCode(), outcome.toString());
    assertTrue(outcome.out().contains("PARTIAL_SUCCESS"), outcome.out());
    assertTrue(
        outcome.out().contains(failedStep + " page failure: "),
        "the summary names the failure:\n" + outcome.out());
    var record = outcome.record();
    assertEquals("PARTIAL_SUCCESS", record.status());

    var step = run.step(failedStep);
    assertEquals("PARTIAL", step.status(), step.toString());
    assertTrue(failures >= 1, "the fault was injected");
    assertEquals(failures, step.pageFailures(), step.toString());
    assertTrue(
        step.pageFailureSamples().stream().anyMatch(s -> s.contains(reason)),
        "the failure says why (" + reason + "): " + step.pageFailureSamples());
    for (var other : record.steps()) {
      assertTrue(
          Set.of("SUCCESS", "PARTIAL", "PARTIAL_DUE_TO_DEPENDENCY_FAILURE")
              .contains(other.status()),
          "every step ran to its end: " + other);
      if (other.status().equals("SUCCESS")) {
        assertEquals(
            run.seeded().seedCounts(other.id()),
            other.counts(),
            "an unaffected step wrote what the clean run wrote: " + other.id());
      }
    }
    assertTrue(
        record.partialTypes().containsAll(typesOf(step)),
        "the step's types are kept: " + record.partialTypes());
    assertEquals(List.of(), run.seeded().lostSinceSeed(), "nothing already ingested was deleted");
  }

  private static Set<String> typesOf(RunRecord.StepRecord step) {
    return step.counts().keySet();
  }
}
