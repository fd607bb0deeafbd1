package dev.graphwright.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.api.graph.TargetFilter;
import dev.graphwright.api.state.JobState;
import dev.graphwright.neo4j.StaleDataSync.SyncType;
import dev.graphwright.neo4j.session.GraphSession;
import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleDataSyncTest {

  private static final List<SyncType> HUB_TYPES = List.of(
      new SyncType("test_hub", true, null),
      new SyncType("test_leaf", true, null),
      new SyncType("test_hub_has_leaf", false, "HAS"));

  private final Neo4jGraph graph = TestGraph.graph();

  @TempDir
  Path spool;

  @Test
  void deletesWhatTheRunDidNotWriteRelationshipsFirst() {
    var instance = TestGraph.newInstance("sync");
    run(instance, "r1", s -> hubWithLeaves(s, 0, 3_000));
    var deleted = run(instance, "r2", s -> hubWithLeaves(s, 0, 1_000), HUB_TYPES);
    assertEquals(2_000L, deleted.get("test_leaf"));
    assertEquals(2_000L, deleted.get("test_hub_has_leaf"));
    assertEquals(1_001, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
    assertEquals(1_000, count("MATCH ()-[r:HAS {_instanceId: $i}]->() RETURN count(r)", instance));
  }

  @Test
  void theGuardKeepsATypeWholeWhenTooMuchOfItWouldGo() {
    var instance = TestGraph.newInstance("guard");
    run(instance, "r1", s -> hubWithLeaves(s, 0, 3_000));
    var refused = sync(instance, "r2", s -> hubWithLeaves(s, 0, 1_000), HUB_TYPES, 0.5);
    assertEquals(
        List.of(
            new StaleDataSync.DeletionRefusal("test_hub_has_leaf", 2_000, 3_000),
            new StaleDataSync.DeletionRefusal("test_leaf", 2_000, 3_000)),
        refused.refused());
    assertEquals(3_001, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
    assertEquals(3_000, count("MATCH ()-[r:HAS {_instanceId: $i}]->() RETURN count(r)", instance));

    var allowed = sync(instance, "r3", s -> hubWithLeaves(s, 0, 1_000), HUB_TYPES, 0.7);
    assertEquals(List.of(), allowed.refused());
    assertEquals(2_000L, allowed.deleted().get("test_leaf"));
    assertEquals(1_001, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
  }

  @Test
  void theGuardLeavesSmallTypesAlone() {
    var instance = TestGraph.newInstance("guard-small");
    run(instance, "r1", s -> hubWithLeaves(s, 0, 99));
    var result = sync(instance, "r2", s -> hubWithLeaves(s, 0, 9), HUB_TYPES, 0.5);
    assertEquals(List.of(), result.refused());
    assertEquals(90L, result.deleted().get("test_leaf"));
  }

  @Test
  void keepsTypesItIsNotAskedToClean() {
    var instance = TestGraph.newInstance("partial");
    run(instance, "r1", s -> hubWithLeaves(s, 0, 100));
    // Only the hub type is complete; leaves are partial (e.g. an incremental window).
    run(
        instance,
        "r2",
        s -> hubWithLeaves(s, 0, 10),
        List.of(new SyncType("test_hub", true, null)));
    assertEquals(101, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
  }

  @Test
  void neverTouchesAnotherInstance() {
    var mine = TestGraph.newInstance("mine");
    var theirs = TestGraph.newInstance("theirs");
    run(theirs, "r1", s -> hubWithLeaves(s, 0, 50));
    run(mine, "r1", s -> hubWithLeaves(s, 0, 50));
    run(mine, "r2", s -> {}, HUB_TYPES);
    assertEquals(0, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", mine));
    assertEquals(51, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", theirs));
  }

  @Test
  void removesPlaceholdersNothingRefersToAnyMore() {
    var instance = TestGraph.newInstance("placeholders");
    var mapped = new SyncType("test_host_has_leaf", false, "HAS");
    run(instance, "r1", s -> {
      s.addEntity(Entity.of("leaf", "test_leaf", "Record", Map.of()));
      s.addMappedRelationship(MappedRelationshipType.builder("test_host_has_leaf", "HAS")
          .source("test_leaf")
          .placeholder("test_host", "Host")
          .reverse()
          .targetFilters(TargetFilter.byClass("Host", "hostname"))
          .build()
          .from("leaf")
          .targetEntity(
              Map.of("_key", "host-x", "_type", "test_host", "_class", "Host", "hostname", "x"))
          .build());
    });
    assertEquals(1, count("MATCH (p:Placeholder {_instanceId: $i}) RETURN count(p)", instance));
    run(
        instance,
        "r2",
        s -> s.addEntity(Entity.of("leaf", "test_leaf", "Record", Map.of())),
        List.of(mapped));
    assertEquals(0, count("MATCH (p:Placeholder {_instanceId: $i}) RETURN count(p)", instance));
  }

  private void hubWithLeaves(JobState state, int from, int to) {
    state.addEntity(Entity.of("hub", "test_hub", "Service", Map.of()));
    for (int i = from; i < to; i++) {
      state.addEntity(Entity.of("leaf-" + i, "test_leaf", "Record", Map.of("i", i)));
      state.addRelationship(Relationship.between("test_hub_has_leaf", "HAS", "hub", "leaf-" + i));
    }
  }

  private Map<String, Long> run(String instance, String runId, Consumer<JobState> steps) {
    return run(instance, runId, steps, List.of());
  }

  private Map<String, Long> run(
      String instance, String runId, Consumer<JobState> steps, List<SyncType> syncTypes) {
    return sync(instance, runId, steps, syncTypes, 1.0).deleted();
  }

  private StaleDataSync.Result sync(
      String instance,
      String runId,
      Consumer<JobState> steps,
      List<SyncType> syncTypes,
      double maxDeleteShare) {
    try (var session = new GraphSession(
        graph,
        new GraphSchema(graph),
        new WriteScope(instance, runId),
        WriterSettings.defaults(),
        spool.resolve(instance + runId))) {
      steps.accept(session.jobState("step"));
      session.resolveMappedRelationships(1000);
      return session.syncStaleData(syncTypes, maxDeleteShare);
    }
  }

  private static long count(String cypher, String instance) {
    return TestGraph.count(cypher, Map.of("i", instance));
  }
}
