package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.host.reliability.hostile.HostileStrings;
import dev.graphwright.host.reliability.hostile.PluginJar;
import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that writes hostile strings as keys and values through the job state, and hands the SPI
 * hostile labels, relationship types, property names and filter labels (the {@code hostile}
 * integration, packed into a throwaway plugin jar and run by the real host app). Values round-trip
 * as data; names are refused before they reach Cypher; nothing else in the graph is touched.
 */
class HostileNamesAndValuesTest {

  private static final List<String> VALUES = HostileStrings.ALL;
  private static final List<String> BAD_NAME_STEPS = List.of(
      "bad-type", "bad-class", "bad-relationship-class", "bad-property-name", "bad-filter-label");

  @TempDir
  static Path dir;

  private static HostApp.Outcome run;
  private static String instance;
  private static String canary;

  @BeforeAll
  static void runTheHostilePlugin() {
    canary = TestGraph.newInstance("canary");
    TestGraph.graph()
        .write(
            "CREATE (:Entity:Record:canary_record {_instanceId: $c, _key: 'canary', _type: 'canary_record'})",
            Map.of("c", canary));
    instance = TestGraph.newInstance("hostile");
    var app = new HostApp(dir, PluginJar.writeTo(dir.resolve("plugins")));
    run = app.run("hostile", instance, Map.of());
  }

  @Test
  void hostileValuesAndKeysRoundTripAsData() {
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals(
        "SUCCESS",
        run.step("write-hostile-values").status(),
        "the step read every value back unchanged through the job state: "
            + run.step("write-hostile-values"));
    var params = Map.<String, Object>of("i", instance, "values", VALUES);
    assertEquals(
        VALUES.size(),
        TestGraph.count(
            "UNWIND $values AS v MATCH (n:hostile_record {_instanceId: $i, _key: v}) WHERE n.value = v AND n.all = $values"
                + " RETURN count(n)",
            params),
        "every key and value is stored as given");
    assertEquals(
        VALUES.size() - 1,
        TestGraph.count(
            "UNWIND range(1, size($values) - 1) AS k"
                + " MATCH (:hostile_record {_instanceId: $i, _key: $values[k - 1]})-[r:HAS]->"
                + "(:hostile_record {_instanceId: $i, _key: $values[k]}) RETURN count(r)",
            params),
        "relationships between hostile keys");
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (:hostile_record {_key: $values[0]})-[:IS]->(p:Placeholder:hostile_target {_instanceId: $i})"
                + " WHERE p._key = $values[1] AND p.name = $values[2] RETURN count(p)",
            params),
        "a mapped relationship to a placeholder keyed and named by hostile strings");
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (n:hostile_record {_instanceId: $i, value: $values[3]}) WHERE n.updated = $values[4]"
                + " RETURN count(n)",
            params),
        "an update selected by a hostile value");
    assertEquals(
        HostileStrings.oneMegabyte(),
        TestGraph.graph()
            .read(
                "MATCH (n:hostile_record {_instanceId: $i, _key: $values[0]}) RETURN n.big AS big",
                params,
                r -> r.single().get("big").asString()),
        "a 1 MB value");
    assertCanaryIntact();
  }

  @Test
  void hostileNamesAreRefusedByTheSpiBeforeTheyReachTheGraph() {
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("PARTIAL_SUCCESS", run.record().status());
    for (var stepId : BAD_NAME_STEPS) {
      var step = run.step(stepId);
      assertEquals("FAILURE", step.status(), step.toString());
      assertTrue(
          step.error().startsWith("invalid ") && step.error().contains("DETACH DELETE"),
          "the SPI names the refused value: " + step.error());
      assertTrue(
          run.out().contains(stepId + " failed: invalid "), "the summary says why:\n" + run.out());
    }
    for (var catalog : List.of(
        "CALL db.labels() YIELD label AS name",
        "CALL db.relationshipTypes() YIELD relationshipType AS name",
        "CALL db.propertyKeys() YIELD propertyKey AS name")) {
      assertEquals(
          0,
          TestGraph.count(
              catalog + " WITH name WHERE name CONTAINS 'DETACH' OR name CONTAINS '`'"
                  + " RETURN count(name)",
              Map.of()),
          "no hostile name in the graph: " + catalog);
    }
    assertCanaryIntact();
  }

  private static void assertCanaryIntact() {
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (n:canary_record {_instanceId: $c, _key: 'canary'}) RETURN count(n)",
            Map.of("c", canary)),
        "another instance's node is untouched");
  }
}
