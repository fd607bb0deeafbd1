package dev.graphwright.neo4j.bench;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.GraphWriter;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.WriterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The writer's rows/s for creates, updates and relationships at several batch sizes, next to a
 * raw {@code UNWIND … MERGE} baseline of the same rows in the same process and database. Nodes
 * have five properties, like the baseline in the build notes.
 *
 * <p>Arguments: {@code [rows per measurement, default 50000] [writer threads, default 2]}.
 */
public final class WriterBenchmark {

  private static final String RAW_NODES =
      "UNWIND $rows AS row MERGE (n:RawNode {key: row.key}) SET n += row.props";
  private static final String RAW_RELATIONSHIPS =
      "UNWIND $rows AS row MATCH (a:RawNode {key: 'raw-hub'}) MATCH (b:RawNode {key: row.key})"
          + " MERGE (a)-[r:RAW_HAS {key: row.key}]->(b)";

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    var dir = Files.createTempDirectory("writer-benchmark");
    var results = new ArrayList<String>();
    try (var database = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.defaults(dir));
        var graph =
            Neo4jGraph.connect(database.boltUri(), EmbeddedNeo4j.USER, database.password(), null)) {
      new GraphSchema(graph).installBase();
      graph.autoCommit(
          "CREATE CONSTRAINT raw_key IF NOT EXISTS FOR (n:RawNode) REQUIRE n.key IS UNIQUE",
          Map.of(),
          r -> r.consume());
      graph.write("MERGE (:RawNode {key: 'raw-hub'})", Map.of());
      int round = 0;
      for (int batch : List.of(1_000, 5_000, 10_000)) {
        round++;
        var prefix = "b" + batch + "-";
        double rawCreate = raw(graph, RAW_NODES, nodeRows(prefix, rows, 0), batch);
        double rawUpdate = raw(graph, RAW_NODES, nodeRows(prefix, rows, 1), batch);
        double rawRels = raw(graph, RAW_RELATIONSHIPS, nodeRows(prefix, rows, 0), batch);
        var settings = WriterSettings.defaults().withBatchSize(batch).withThreads(threads);
        var instance = "bench-" + round;
        double create =
            writer(graph, settings, new WriteScope(instance, "run-1"), prefix, rows, 0, false);
        double update =
            writer(graph, settings, new WriteScope(instance, "run-2"), prefix, rows, 1, false);
        double rels =
            writer(graph, settings, new WriteScope(instance, "run-3"), prefix, rows, 1, true);
        results.add(String.format(
            "{\"batch\": %d, \"rawCreatesPerSecond\": %.0f, \"writerCreatesPerSecond\": %.0f,"
                + " \"rawUpdatesPerSecond\": %.0f, \"writerUpdatesPerSecond\": %.0f,"
                + " \"rawRelationshipsPerSecond\": %.0f, \"writerRelationshipsPerSecond\": %.0f}",
            batch, rawCreate, create, rawUpdate, update, rawRels, rels));
      }
    }
    System.out.printf(
        "%nwriter threads %d, %d rows per measurement, 5-property nodes%n", threads, rows);
    System.out.printf(
        "%-6s %12s %12s %12s %12s %12s %12s%n",
        "batch", "raw create", "writer", "raw update", "writer", "raw rels", "writer");
    results.forEach(System.out::println);
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static List<Map<String, Object>> nodeRows(String prefix, int n, int generation) {
    var rows = new ArrayList<Map<String, Object>>(n);
    for (int i = 0; i < n; i++) {
      rows.add(Map.of("key", prefix + i, "props", props(i, generation)));
    }
    return rows;
  }

  private static Map<String, Object> props(int i, int generation) {
    return Map.of(
        "name",
        "item " + i,
        "index",
        (long) i,
        "generation",
        (long) generation,
        "active",
        i % 2 == 0,
        "weight",
        i * 0.5);
  }

  private static double raw(
      Neo4jGraph graph, String query, List<Map<String, Object>> rows, int batch) {
    long started = System.nanoTime();
    for (int from = 0; from < rows.size(); from += batch) {
      graph.write(query, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + batch))));
    }
    return rows.size() / ((System.nanoTime() - started) / 1e9);
  }

  private static double writer(
      Neo4jGraph graph,
      WriterSettings settings,
      WriteScope scope,
      String prefix,
      int n,
      int generation,
      boolean relationships) {
    long started;
    try (var writer = new GraphWriter(graph, scope, settings)) {
      if (relationships) {
        writer.add(Entity.of("hub", "bench_hub", "Service", Map.of()), "bench");
        writer.flush();
      }
      started = System.nanoTime();
      for (int i = 0; i < n; i++) {
        if (relationships) {
          writer.add(Relationship.between("bench_hub_has_item", "HAS", "hub", prefix + i), "bench");
        } else {
          writer.add(Entity.of(prefix + i, "bench_item", "Record", props(i, generation)), "bench");
        }
      }
      writer.flush();
    }
    return n / ((System.nanoTime() - started) / 1e9);
  }
}
