package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML served to the real client in place of Qualys' first answers: a knowledge-base page
 * whose DOCTYPE declares external entities (HTTP, a parameter entity, a local file) and a detection
 * page with an entity-expansion bomb. Nothing is fetched, nothing is expanded: the client rejects
 * each page, asks again, gets Qualys' real page and the run ends as a clean one.
 */
class XmlEntitiesTest {

  private static final String FILE_MARKER = "file-entity-" + UUID.randomUUID();
  private static final String KB = "/api/2.0/fo/knowledge_base/vuln/?";
  private static final String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/?";

  @TempDir
  static Path dir;

  private static QualysSimulator sim;
  private static QualysGateway gateway;
  private static HostApp.Outcome run;
  private static String instance;
  private static long elapsedMs;

  @BeforeAll
  static void runWithHostileXml() throws IOException {
    sim = Sims.start(Sims.small(12));
    gateway = QualysGateway.inFrontOf(sim.baseUrl());
    var secretFile = dir.resolve("secret.txt");
    Files.writeString(secretFile, FILE_MARKER);
    gateway.answer("/xxe/.*", 200, "text/plain", "fetched-by-the-client");
    gateway.answerFirst(
        KB,
        200,
        "text/xml;charset=UTF-8",
        externalEntities(gateway.baseUrl(), secretFile.toUri().toString()));
    gateway.answerFirst(DETECTIONS, 200, "text/xml;charset=UTF-8", billionLaughs());
    instance = TestGraph.newInstance("xml-entities");
    long started = System.nanoTime();
    run = HostApp.qualys(dir)
        .run(
            "qualys",
            instance,
            HostApp.qualysEnv(
                gateway.baseUrl(), sim.options().username(), sim.options().password()));
    elapsedMs = (System.nanoTime() - started) / 1_000_000;
  }

  @AfterAll
  static void stop() {
    gateway.close();
    sim.stop();
  }

  @Test
  void externalEntitiesAreNeitherFetchedNorExpanded() {
    assertRecoveredAsAClean();
    assertEquals(
        0, gateway.requestsTo("/xxe/.*"), "no DTD, parameter entity or general entity was fetched");
    assertEquals(
        2, gateway.requestsTo(KB), "the hostile knowledge-base page was rejected and asked again");
    assertEquals(
        0, propertiesContaining(FILE_MARKER), "the local file's content reached no property");
    assertEquals(0, propertiesContaining("fetched-by-the-client"));
  }

  @Test
  void anEntityExpansionBombIsNotExpanded() {
    assertRecoveredAsAClean();
    assertTrue(gateway.requestsTo(DETECTIONS) >= 2, "the bomb page was rejected and asked again");
    assertEquals(0, propertiesContaining("lollollol"), "no expansion reached the graph");
    assertTrue(elapsedMs < 120_000, "the run ended in bounded time: " + elapsedMs + " ms");
  }

  private static void assertRecoveredAsAClean() {
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("SUCCESS"), run.out());
    assertTrue(
        run.record().retries() >= 2,
        "both hostile pages were retried: " + run.record().retries());
    GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
  }

  private static long propertiesContaining(String text) {
    return TestGraph.count(
        "MATCH (n) WHERE n._instanceId = $i AND any(k IN keys(n) WHERE"
            + " (n[k] IS :: STRING AND n[k] CONTAINS $t)"
            + " OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE x CONTAINS $t)))"
            + " RETURN count(n)",
        Map.of("i", instance, "t", text));
  }

  private static String externalEntities(String origin, String fileUri) {
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM "%1$s/xxe/dtd" [
          <!ENTITY %% remote SYSTEM "%1$s/xxe/parameter">
          %%remote;
          <!ENTITY general SYSTEM "%1$s/xxe/general">
          <!ENTITY file SYSTEM "%2$s">
        ]>
        <KNOWLEDGE_BASE_VULN_LIST_OUTPUT>
          <RESPONSE>
            <DATETIME>2026-03-01T12:00:00Z</DATETIME>
            <VULN_LIST>
              <VULN>
                <QID>10001</QID>
                <VULN_TYPE>Vulnerability</VULN_TYPE>
                <SEVERITY_LEVEL>3</SEVERITY_LEVEL>
                <TITLE>&general;</TITLE>
                <CATEGORY>&file;</CATEGORY>
              </VULN>
            </VULN_LIST>
          </RESPONSE>
        </KNOWLEDGE_BASE_VULN_LIST_OUTPUT>
        """.formatted(origin, fileUri);
  }

  private static String billionLaughs() {
    var entities = new StringBuilder("  <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      entities
          .append("  <!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT [
        %s]>
        <HOST_LIST_VM_DETECTION_OUTPUT>
          <RESPONSE>
            <DATETIME>2026-03-01T12:00:00Z</DATETIME>
            <HOST_LIST>
              <HOST>
                <ID>1</ID>
                <IP>10.0.0.1</IP>
                <DNS>&lol9;</DNS>
                <DETECTION_LIST>
                  <DETECTION>
                    <QID>10001</QID>
                    <TYPE>Confirmed</TYPE>
                    <SEVERITY>4</SEVERITY>
                    <STATUS>Active</STATUS>
                    <RESULTS>&lol9;</RESULTS>
                  </DETECTION>
                </DETECTION_LIST>
              </HOST>
            </HOST_LIST>
          </RESPONSE>
        </HOST_LIST_VM_DETECTION_OUTPUT>
        """.formatted(entities);
  }
}
