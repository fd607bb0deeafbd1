package dev.graphwright.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.RawRef;
import dev.graphwright.neo4j.session.GraphSession;
import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step reads back what it and its ancestors wrote, from the graph. */
class Neo4jJobStateTest {

  private final Neo4jGraph graph = TestGraph.graph();

  @TempDir
  Path spool;

  @Test
  void readsItsOwnWritesBackFromTheGraph() {
    try (var session = session(TestGraph.newInstance("reads"), "r1")) {
      var state = session.jobState("s");
      state.addEntity(
          Entity.of("a", "test_item", "Record", Map.of("qid", 7, "tags", List.of("x", "y")))
              .withRaw(new RawRef("inst/run/000001.xml.gz", 10, 20)));
      state.addEntity(Entity.of("b", "test_item", "Record", Map.of("qid", 7)));
      state.addEntity(Entity.of("c", "test_item", "Record", Map.of("qid", 3)));
      state.addEntity(Entity.of("d", "test_other", "Record", Map.of("qid", 3)));
      assertTrue(state.hasKey("a"));
      assertFalse(state.hasKey("zz"));
      var a = state.findEntity("a").orElseThrow();
      assertEquals(List.of("x", "y"), a.properties().get("tags"));
      assertEquals(new RawRef("inst/run/000001.xml.gz", 10, 20), a.raw());
      var keys = new ArrayList<String>();
      state.iterateEntities("test_item", e -> keys.add(e.key()));
      assertEquals(3, keys.size(), "only the asked type");
      var qids = new ArrayList<Object>();
      state.iterateDistinctValues(List.of("test_item", "test_other"), "qid", qids::add);
      assertEquals(List.of(3L, 7L), qids);
    }
  }

  @Test
  void updatesEveryEntityTheSelectorMatches() {
    var instance = TestGraph.newInstance("updates");
    try (var session = session(instance, "r1")) {
      var state = session.jobState("s");
      for (int i = 0; i < 20; i++) {
        state.addEntity(Entity.of("f" + i, "test_item", "Record", Map.of("qid", i % 2)));
      }
      state.updateEntities(new EntitySelector("test_item", "qid", 1), Map.of("title", "Odd"));
      session.flush();
    }
    assertEquals(
        10,
        TestGraph.count(
            "MATCH (n:test_item {_instanceId: $i, title: 'Odd'}) RETURN count(n)",
            Map.of("i", instance)));
  }

  @Test
  void anUpdateNamingFewerPropertiesKeepsTheOthers() {
    var instance = TestGraph.newInstance("update-names");
    try (var session = session(instance, "r1")) {
      var state = session.jobState("s");
      state.addEntity(Entity.of("a", "test_item", "Record", Map.of("qid", 1)));
      state.addEntity(Entity.of("b", "test_item", "Record", Map.of("qid", 2)));
      session.flush();
      // One statement names every property updated so far; a row without one must keep its value.
      state.updateEntities(
          new EntitySelector("test_item", "qid", 1), Map.of("title", "A", "score", 9.5));
      state.updateEntities(
          new EntitySelector("test_item", "qid", 2), Map.of("title", "B", "score", 1.0));
      session.flush();
      state.updateEntities(new EntitySelector("test_item", "qid", 1), Map.of("title", "A2"));
      state.updateEntities(
          new EntitySelector("test_item", "qid", 2), Map.of("cves", List.of("CVE-1")));
      session.flush();
    }
    var rows = TestGraph.graph()
        .read(
            "MATCH (n:test_item {_instanceId: $i}) RETURN n._key AS key, n.title AS title,"
                + " n.score AS score, n.cves AS cves ORDER BY key",
            Map.of("i", instance),
            r -> r.list(record -> record.asMap()));
    assertEquals("A2", rows.get(0).get("title"));
    assertEquals(9.5, rows.get(0).get("score"));
    assertEquals(null, rows.get(0).get("cves"));
    assertEquals("B", rows.get(1).get("title"));
    assertEquals(1.0, rows.get(1).get("score"));
    assertEquals(List.of("CVE-1"), rows.get(1).get("cves"));
  }

  @Test
  void updatesOfOneSelectorApplyInTheOrderMadeWhileLanesRunInParallel() {
    var instance = TestGraph.newInstance("update-order");
    try (var session = session(instance, "r1")) {
      var state = session.jobState("s");
      for (int i = 0; i < 3_000; i++) {
        state.addEntity(Entity.of("u" + i, "test_item", "Record", Map.of("qid", i % 300)));
      }
      session.flush();
      // Six batches per round, spread over the lanes; the second round must win everywhere.
      for (var round : List.of("first", "second")) {
        for (int qid = 0; qid < 300; qid++) {
          state.updateEntities(
              new EntitySelector("test_item", "qid", qid), Map.of("title", round + qid));
        }
      }
      session.flush();
    }
    assertEquals(
        3_000,
        TestGraph.count(
            "MATCH (n:test_item {_instanceId: $i}) WHERE n.title = 'second' + n.qid RETURN count(n)",
            Map.of("i", instance)));
  }

  @Test
  void dataSetsSurviveTheRunInChunks() {
    var instance = TestGraph.newInstance("datasets");
    try (var session = session(instance, "r1")) {
      var ids = session.jobState("s").dataSet("host-ids");
      ids.clear();
      for (int i = 0; i < 25_000; i++) {
        ids.append(Integer.toString(i));
      }
      ids.flush();
    }
    try (var session = session(instance, "r2")) {
      var ids = session.jobState("s").dataSet("host-ids");
      assertEquals(25_000, ids.size());
      var last = new String[1];
      var count = new int[1];
      ids.forEach(v -> {
        last[0] = v;
        count[0]++;
      });
      assertEquals(25_000, count[0]);
      assertEquals("24999", last[0]);
    }
  }

  private GraphSession session(String instance, String runId) {
    return new GraphSession(
        graph,
        new GraphSchema(graph),
        new WriteScope(instance, runId),
        WriterSettings.defaults(),
        spool.resolve(instance + runId));
  }
}
