package dev.graphwright.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.neo4j.testing.TestGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphWriterTest {

  private final Neo4jGraph graph = TestGraph.graph();

  @Test
  void writesEntitiesWithTheirLabelsAndSystemProperties() {
    var scope = new WriteScope(TestGraph.newInstance("labels"), "run-1");
    try (var writer = new GraphWriter(graph, scope, WriterSettings.defaults())) {
      writer.add(Entity.of("a", "test_host", "Host", Map.of("name", "A", "port", 443)), "s");
    }
    var node = graph.read(
        "MATCH (n:Entity:Host:test_host {_instanceId: $i, _key: 'a'}) RETURN properties(n) AS p",
        Map.of("i", scope.instanceId()),
        r -> r.single().get("p").asMap());
    assertEquals("A", node.get("name"));
    assertEquals(443L, node.get("port"));
    assertEquals("test_host", node.get("_type"));
    assertEquals(List.of("Host"), node.get("_class"));
    assertEquals("run-1", node.get("_runId"));
  }

  @Test
  void aLaterRunReplacesAnEntitysPropertiesChangedOnesSetAndVanishedOnesRemoved() {
    var instance = TestGraph.newInstance("replace");
    var first = new WriteScope(instance, "run-1");
    try (var writer = new GraphWriter(graph, first, WriterSettings.defaults())) {
      writer.add(
          Entity.of(
              "a",
              "test_host",
              "Host",
              Map.of("name", "A", "port", 443, "tags", List.of("x", "y"))),
          "s");
    }
    var second = new WriteScope(instance, "run-2");
    try (var writer = new GraphWriter(graph, second, WriterSettings.defaults())) {
      writer.add(
          Entity.of(
              "a",
              "test_host",
              "Host",
              Map.of("name", "A", "tags", List.of("x", "z"), "os", "linux")),
          "s");
    }
    var node = graph.read(
        "MATCH (n:Entity:Host:test_host {_instanceId: $i, _key: 'a'}) RETURN properties(n) AS p",
        Map.of("i", instance),
        r -> r.single().get("p").asMap());
    assertEquals("A", node.get("name"));
    assertEquals(List.of("x", "z"), node.get("tags"), "a changed value is replaced");
    assertEquals("linux", node.get("os"), "a new property is added");
    assertFalse(
        node.containsKey("port"), "a property the source no longer has is removed: " + node);
    assertEquals("run-2", node.get("_runId"));
    assertEquals(List.of("Host"), node.get("_class"));
    assertEquals(instance, node.get("_instanceId"));
  }

  @Test
  void aSecondIdenticalRunChangesNothing() {
    var instance = TestGraph.newInstance("idempotent");
    writeChain(new WriteScope(instance, "run-1"), 2_000);
    var stats = writeChain(new WriteScope(instance, "run-2"), 2_000);
    assertEquals(2_000, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
    assertEquals(1_999, count("MATCH ()-[r:NEXT {_instanceId: $i}]->() RETURN count(r)", instance));
    assertEquals(2_000L, stats.unchanged().get("test_item"));
    assertEquals(1_999L, stats.unchanged().get("test_item_next_item"));
    assertEquals(
        2_000,
        count(
            "MATCH (n:Entity {_instanceId: $i}) WHERE n._runId = 'run-2' RETURN count(n)",
            instance));
  }

  @Test
  void duplicateKeysAreMergedCountedAndReported() {
    var scope = new WriteScope(TestGraph.newInstance("duplicates"), "run-1");
    WriteStats stats;
    try (var writer = new GraphWriter(graph, scope, WriterSettings.defaults().withBatchSize(2))) {
      writer.add(Entity.of("k", "test_item", "Record", Map.of("a", 1, "b", "first")), "s");
      writer.add(Entity.of("other", "test_item", "Record", Map.of("a", 0)), "s");
      writer.add(Entity.of("k", "test_item", "Record", Map.of("b", "second", "c", true)), "s");
      writer.add(Entity.of("k", "test_item", "Record", Map.of("b", "second", "c", true)), "s");
      writer.flush();
      stats = writer.stats();
    }
    var node = graph.read(
        "MATCH (n:Entity {_instanceId: $i, _key: 'k'}) RETURN properties(n) AS p",
        Map.of("i", scope.instanceId()),
        r -> r.single().get("p").asMap());
    assertEquals(1L, node.get("a"), "earlier properties are kept");
    assertEquals("second", node.get("b"), "the later value wins");
    assertEquals(true, node.get("c"));
    assertEquals(2L, stats.duplicates().get("test_item"));
    var sample = stats.duplicateSamples().get(0);
    assertEquals("k", sample.key());
    assertTrue(sample.differences().containsKey("b"));
    assertEquals(1, stats.duplicateSamples().size(), "identical duplicates need no sample");
  }

  @Test
  void relationshipsWithAMissingEndAreDroppedAndCounted() {
    var scope = new WriteScope(TestGraph.newInstance("dangling"), "run-1");
    WriteStats stats;
    try (var writer = new GraphWriter(graph, scope, WriterSettings.defaults())) {
      writer.add(Entity.of("a", "test_item", "Record", Map.of()), "s");
      writer.add(Relationship.between("test_item_next_item", "NEXT", "a", "missing"), "s");
      writer.flush();
      stats = writer.stats();
    }
    assertEquals(1L, stats.dangling().get("test_item_next_item"));
    assertEquals(
        0, count("MATCH ()-[r:NEXT {_instanceId: $i}]->() RETURN count(r)", scope.instanceId()));
  }

  @Test
  void relationshipsNeverOvertakeTheirEndsWhileAnotherStepFlushes() throws Exception {
    // Two steps share the writer: while one adds entities and relationships between them, the
    // other flushes (draining the first one's buffers). A relationship must still wait for its
    // ends, whoever drained them; a dangling relationship here is a lost one.
    var scope = new WriteScope(TestGraph.newInstance("concurrent"), "run-1");
    WriteStats stats;
    try (var writer = new GraphWriter(graph, scope, WriterSettings.defaults().withBatchSize(50))) {
      var flusher = new Thread(() -> {
        for (int i = 0; i < 100; i++) {
          writer.add(Entity.of("other-" + i, "test_other", "Record", Map.of()), "flusher");
          writer.flush();
        }
      });
      flusher.start();
      for (int i = 0; i < 1_000; i++) {
        writer.add(Entity.of("item-" + i, "test_item", "Record", Map.of("index", i)), "producer");
        writer.add(
            Relationship.between("test_item_next_item", "NEXT", "item-" + i, "item-" + i),
            "producer");
      }
      flusher.join();
      writer.flush();
      stats = writer.stats();
    }
    assertEquals(Map.of(), stats.dangling());
    assertEquals(
        1_000,
        count("MATCH ()-[r:NEXT {_instanceId: $i}]->() RETURN count(r)", scope.instanceId()));
  }

  @Test
  void manyProducersOfEntitiesAndTheirRelationshipsNeverDeadlock() throws Exception {
    // The detection step's shape: ten parser threads, each adding a finding and a relationship to
    // it, small batches and few in flight. A relationship batch waits for entity batches drained
    // by other threads; none of those may be left waiting for a slot the relationship holds.
    var scope = new WriteScope(TestGraph.newInstance("producers"), "run-1");
    int producers = 10;
    int perProducer = 2_000;
    // Preemptive: a deadlocked writer would also hang its own close().
    var stats = assertTimeoutPreemptively(
        Duration.ofSeconds(120), () -> produce(scope, producers, perProducer));
    assertEquals(Map.of(), stats.dangling());
    assertEquals(
        producers * perProducer,
        count("MATCH ()-[r:SELF {_instanceId: $i}]->() RETURN count(r)", scope.instanceId()));
  }

  private WriteStats produce(WriteScope scope, int producers, int perProducer) throws Exception {
    try (var writer = new GraphWriter(graph, scope, new WriterSettings(20, 2, 3, 5))) {
      var pool = Executors.newFixedThreadPool(producers);
      var done = new ArrayList<Future<?>>();
      for (int p = 0; p < producers; p++) {
        int producer = p;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perProducer; i++) {
            var key = "f-" + producer + "-" + i;
            // Labels differ per producer, so each fills buffers of its own.
            writer.add(
                Entity.of(key, "test_finding_" + (producer % 4), "Finding", Map.of()),
                "detections");
            writer.add(Relationship.between("test_finding_self", "SELF", key, key), "detections");
          }
        }));
      }
      for (var future : done) {
        future.get();
      }
      pool.shutdown();
      writer.flush();
      return writer.stats();
    }
  }

  @Test
  void aBatchThatRunsOutOfTransactionMemoryIsSplitAndWritten(@TempDir Path dir) {
    // A database whose transactions may use 4 MiB each: a 2,000-row batch of 4 KB rows is too big.
    var settings =
        EmbeddedNeo4jSettings.defaults(dir).withPageCache(16L << 20).withTransactionMax(4L << 20);
    try (var database = EmbeddedNeo4j.start(settings);
        var small =
            Neo4jGraph.connect(database.boltUri(), EmbeddedNeo4j.USER, database.password(), null)) {
      new GraphSchema(small).installBase();
      var scope = new WriteScope("memory", "run-1");
      try (var writer =
          new GraphWriter(small, scope, WriterSettings.defaults().withBatchSize(2_000))) {
        var big = "x".repeat(4_000);
        for (int i = 0; i < 2_000; i++) {
          writer.add(Entity.of("m" + i, "test_item", "Record", Map.of("payload", big)), "s");
        }
        writer.flush();
        assertTrue(
            writer.failureOf("s").isEmpty(), () -> writer.failureOf("s").get().getMessage());
        long splits = writer.memorySplits();
        assertTrue(splits > 0, "the batch was too big for one transaction and was split");

        for (int i = 2_000; i < 4_000; i++) {
          writer.add(Entity.of("m" + i, "test_item", "Record", Map.of("payload", big)), "s");
        }
        writer.flush();
        assertTrue(writer.failureOf("s").isEmpty());
        assertEquals(
            splits,
            writer.memorySplits(),
            "the next batch of the type was cut to the size that fitted before it was sent");
      }
      long written = small.read(
          "MATCH (n:Entity) RETURN count(n) AS n",
          Map.of(),
          r -> r.single().get("n").asLong());
      assertEquals(4_000L, written);
    }
  }

  @Test
  void writesAHundredThousandObjectsInBatches() {
    var instance = TestGraph.newInstance("bulk");
    long started = System.nanoTime();
    writeChain(new WriteScope(instance, "run-1"), 50_000);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(50_000, count("MATCH (n:Entity {_instanceId: $i}) RETURN count(n)", instance));
    assertEquals(
        49_999, count("MATCH ()-[r:NEXT {_instanceId: $i}]->() RETURN count(r)", instance));
    System.out.println("100k objects written in " + millis + " ms");
  }

  @Test
  void theUniquenessConstraintGuardsInstanceAndKey() {
    var constraints = graph.read(
        "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type"
            + " WHERE name = 'entity_key' RETURN labelsOrTypes, properties, type",
        Map.of(),
        r -> r.single().asMap());
    assertEquals(List.of("Entity"), constraints.get("labelsOrTypes"));
    assertEquals(List.of("_instanceId", "_key"), constraints.get("properties"));
    assertEquals("UNIQUENESS", constraints.get("type"));
  }

  private WriteStats writeChain(WriteScope scope, int n) {
    try (var writer = new GraphWriter(graph, scope, WriterSettings.defaults())) {
      for (int i = 0; i < n; i++) {
        writer.add(
            Entity.of("item-" + i, "test_item", "Record", Map.of("index", i, "name", "Item " + i)),
            "step");
        if (i > 0) {
          writer.add(
              Relationship.between("test_item_next_item", "NEXT", "item-" + (i - 1), "item-" + i),
              "step");
        }
      }
      writer.flush();
      return writer.stats();
    }
  }

  private static long count(String cypher, String instance) {
    return TestGraph.count(cypher, Map.of("i", instance));
  }
}
