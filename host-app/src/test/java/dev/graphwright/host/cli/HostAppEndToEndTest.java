package dev.graphwright.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.host.TestPlugins;
import dev.graphwright.neo4j.PreviewDiff;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host app's commands, run in-process with the example plugin loaded from its jar, against a
 * real Neo4j reached by URI (the shared test database).
 */
class HostAppEndToEndTest {

  @TempDir
  Path dir;

  private HostAppRunner hostApp;
  private String instance;

  @BeforeEach
  void setUp() throws IOException {
    var database = TestGraph.database();
    TestGraph.graph();
    var passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, database.password());
    hostApp = new HostAppRunner(List.of(
        "--plugins-dir", TestPlugins.exampleOnly(dir.resolve("plugins")).toString(),
        "--data-dir", dir.resolve("data").toString(),
        "--neo4j-uri", database.boltUri().toString(),
        "--neo4j-password-file", passwordFile.toString()));
    instance = TestGraph.newInstance("example");
  }

  @Test
  void aSecondIdenticalRunLeavesTheCountsUnchanged() throws IOException {
    var first = run(Map.of());
    var second = run(Map.of());
    assertEquals("SUCCESS", second.status());
    assertEquals(first.totals(), second.totals());
    assertEquals(
        Map.of("example_group", 10L, "example_item", 1000L), second.totals().entities());
    assertEquals(
        Map.of("example_group_has_item", 1000L, "example_host_has_item", 1000L),
        second.totals().relationships());
    assertEquals(Map.of("example_host", 50L), second.totals().placeholders());
  }

  @Test
  void staleItemsOfCompleteTypesAreDeleted() throws IOException {
    run(Map.of());
    var next = run(Map.of("EXAMPLE_GENERATION", "5"));
    assertEquals(500L, next.totals().entities().get("example_item"));
    assertEquals(500L, next.deleted().get("example_item"));
  }

  @Test
  void theDeletionGuardKeepsATypeWhenMostOfItWouldGoAndSaysHowToAllowIt() throws IOException {
    run(Map.of());
    var summary = dir.resolve("refused.json");
    var result = hostApp.run(
        Map.of("EXAMPLE_COUNT", "100"),
        "run",
        "example",
        "--instance",
        instance,
        "--quiet",
        "--summary-json",
        summary.toString());
    assertEquals(1, result.exitCode(), result.toString());
    var record = Json.read(Files.readString(summary), RunRecord.class);
    assertTrue(
        record.deletionRefused().stream()
            .anyMatch(r ->
                r.type().equals("example_item") && r.wouldDelete() == 900 && r.existing() == 1000),
        record.deletionRefused().toString());
    assertEquals(1000L, record.totals().entities().get("example_item"), "all kept");
    assertTrue(
        result.err().contains("refused to delete") && result.err().contains("--max-delete-share 1"),
        result.toString());
    assertEquals(
        1, result.err().lines().filter(l -> l.contains("--max-delete-share")).count(), "one line");

    var allowed = hostApp.run(
        Map.of("EXAMPLE_COUNT", "100"),
        "run",
        "example",
        "--instance",
        instance,
        "--quiet",
        "--max-delete-share",
        "1",
        "--summary-json",
        summary.toString());
    assertEquals(0, allowed.exitCode(), allowed.toString());
    assertEquals(
        100L,
        Json.read(Files.readString(summary), RunRecord.class)
            .totals()
            .entities()
            .get("example_item"));
  }

  @Test
  void aPreviewReportsWhatARunWouldChangeAndChangesNothing() throws IOException {
    var summary = dir.resolve("preview.json");
    var first = hostApp.run(
        Map.of(),
        "run",
        "example",
        "--instance",
        instance,
        "--quiet",
        "--preview",
        "--summary-json",
        summary.toString());
    assertEquals(0, first.exitCode(), first.toString());
    var onEmpty = Json.read(Files.readString(summary), RunRecord.class).preview();
    assertEquals(new PreviewDiff.Change(1000, 0, 0, 0, 0), onEmpty.get("example_item"));
    assertEquals(new PreviewDiff.Change(1000, 0, 0, 0, 0), onEmpty.get("example_host_has_item"));
    assertEquals(
        0L,
        (long) TestGraph.graph()
            .read(
                "MATCH (n) WHERE n._instanceId STARTS WITH $i RETURN count(n) AS n",
                Map.of("i", instance),
                r -> r.single().get("n").asLong()),
        "a preview of a new instance writes nothing");

    run(Map.of());
    var before = GraphFingerprint.of(TestGraph.graph(), instance);
    var result = hostApp.run(
        Map.of("EXAMPLE_COUNT", "100"),
        "run",
        "example",
        "--instance",
        instance,
        "--preview",
        "--summary-json",
        summary.toString());
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        before, GraphFingerprint.of(TestGraph.graph(), instance), "the graph is unchanged");
    var record = Json.read(Files.readString(summary), RunRecord.class);
    assertEquals(
        new PreviewDiff.Change(0, 0, 100, 900, 1000), record.preview().get("example_item"));
    assertEquals(
        new PreviewDiff.Change(0, 0, 100, 900, 1000),
        record.preview().get("example_group_has_item"));
    assertEquals(new PreviewDiff.Change(0, 0, 10, 0, 10), record.preview().get("example_group"));
    assertEquals(
        1000L,
        record.totals().entities().get("example_item"),
        "the record counts the real instance");
    assertTrue(
        record.deletionRefused().stream().anyMatch(r -> r.type().equals("example_item")),
        "the guard's verdict is previewed too: " + record.deletionRefused());
    assertTrue(result.out().contains("PREVIEW: nothing was changed"), result.toString());
    assertTrue(result.err().contains("a run would refuse to delete"), result.toString());
    assertEquals(
        1L,
        (long) TestGraph.graph()
            .read(
                "MATCH (r:GraphwrightRun) WHERE r.instanceId = $i RETURN count(r) AS n",
                Map.of("i", instance),
                r -> r.single().get("n").asLong()),
        "a preview adds no line of history");
  }

  @Test
  void maxDeleteShareMustBeAShareOfOne() {
    for (var bad : List.of("2", "-0.1", "half")) {
      var result = hostApp.run(
          Map.of(), "run", "example", "--instance", instance, "--max-delete-share", bad);
      assertEquals(2, result.exitCode(), bad);
      assertTrue(
          result.err().contains("'--max-delete-share': must be a number from 0 to 1"),
          result.toString());
    }
  }

  @Test
  void aFailedStepKeepsItsTypesAndExitsWithOne() throws IOException {
    run(Map.of());
    var summary = dir.resolve("failed.json");
    var result = hostApp.run(
        Map.of("EXAMPLE_FAIL_STEP", "generate-items", "EXAMPLE_GENERATION", "5"),
        "run",
        "example",
        "--instance",
        instance,
        "--quiet",
        "--summary-json",
        summary.toString());
    assertEquals(1, result.exitCode(), result.toString());
    var record = Json.read(Files.readString(summary), RunRecord.class);
    assertEquals("PARTIAL_SUCCESS", record.status());
    assertTrue(record.partialTypes().contains("example_item"));
    assertEquals(1000L, record.totals().entities().get("example_item"), "nothing deleted");
    assertTrue(result.out().contains("asked to fail by EXAMPLE_FAIL_STEP"), result.toString());
  }

  @Test
  void badConfigExitsWithTwoAndNamesTheField() {
    var result =
        hostApp.run(Map.of("EXAMPLE_COUNT", "lots"), "run", "example", "--instance", instance);
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("exampleCount (EXAMPLE_COUNT) must be a whole number, got 'lots'"),
        result.toString());
  }

  @Test
  void queryPrintsTableJsonAndCsv() throws IOException {
    run(Map.of());
    var cypher = "MATCH (n:example_item {_instanceId: $i}) RETURN count(n) AS items";
    var table = hostApp.run("query", cypher, "--param", "i=" + instance);
    assertEquals(0, table.exitCode(), table.toString());
    assertTrue(table.out().contains("items") && table.out().contains("1000"), table.out());
    var json = hostApp.run("query", cypher, "--param", "i=" + instance, "--format", "json");
    assertEquals("[ {\n  \"items\" : 1000\n} ]", json.out().strip());
    var csv = hostApp.run("query", cypher, "--param", "i=" + instance, "--format", "csv");
    assertEquals("items\n1000", csv.out().strip());
    var file = dir.resolve("groups.cypher");
    Files.writeString(
        file,
        "// purpose: groups\nMATCH (g:example_group {_instanceId: $i}) RETURN g.name AS name ORDER BY name LIMIT 2");
    var fromFile =
        hostApp.run("query", file.toString(), "--param", "i=" + instance, "--format", "csv");
    assertEquals("name\nGroup 0\nGroup 1", fromFile.out().strip());
  }

  @Test
  void listsPluginsStepsRunsAndDocs() throws IOException {
    var record = run(Map.of());
    var plugins = hostApp.run("plugins");
    assertTrue(plugins.out().contains("example — Example"), plugins.toString());
    assertTrue(plugins.out().contains("mapped       example_host_has_item"), plugins.out());
    var steps = hostApp.run("steps", "example");
    assertTrue(
        steps.out().contains("generate-items") && steps.out().contains("after generate-groups"),
        steps.out());
    var runs = hostApp.run("runs", "--instance", instance);
    assertTrue(runs.out().contains(record.runId()) && runs.out().contains("SUCCESS"), runs.out());
    var docs = hostApp.run("docs", "example");
    assertTrue(
        docs.out().contains("| `example_item` | Resource | no | `generate-items` |"), docs.out());
    var validate = hostApp.run("validate", "example");
    assertEquals(0, validate.exitCode(), validate.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (var command : List.of(
        "run",
        "validate",
        "query",
        "serve",
        "runs",
        "plugins",
        "steps",
        "docs",
        "raw",
        "explain",
        "replay")) {
      var help = hostApp.run(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().startsWith("usage: host-app " + command), help.out());
    }
    var unknown = hostApp.run("run", "example", "--no-such-option");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown.err());
    assertTrue(unknown.err().contains("see 'host-app run --help'"), unknown.err());
  }

  private RunRecord run(Map<String, String> environment) throws IOException {
    var summary = dir.resolve("summary-" + System.nanoTime() + ".json");
    var result = hostApp.run(
        environment,
        "run",
        "example",
        "--instance",
        instance,
        "--quiet",
        "--summary-json",
        summary.toString());
    assertEquals(0, result.exitCode(), result.toString());
    return Json.read(Files.readString(summary), RunRecord.class);
  }
}
