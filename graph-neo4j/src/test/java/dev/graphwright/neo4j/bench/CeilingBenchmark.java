package dev.graphwright.neo4j.bench;

import dev.graphwright.neo4j.EmbeddedNeo4j;
import dev.graphwright.neo4j.EmbeddedNeo4jSettings;
import dev.graphwright.neo4j.Neo4jGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The raw ceiling {@code bench/scale} compares a run with: a plain {@code UNWIND … MERGE} of the
 * same number of nodes and relationships into a fresh embedded Neo4j, through the driver, on
 * {@code --threads} concurrent transactions (the product writes on two lanes: a fair ceiling may
 * use as many), with a uniqueness constraint on the key — no framework in between. Nodes
 * carry as many properties as a host finding (strings and numbers of similar sizes), so the ceiling
 * measures Neo4j's cost for this data, and the ratio measures what the framework adds.
 *
 * <p>Prints one JSON line: {@code {"nodes", "relationships", "threads", "seconds",
 * "objectsPerSecond"}}.
 *
 * <p>Arguments: {@code --data-dir DIR --nodes N --relationships M [--batch-size 5000]
 * [--properties 34] [--page-cache-mb 256] [--threads 1]}.
 */
public final class CeilingBenchmark {

  public static void main(String[] args) {
    var options = options(args);
    long nodes = Long.parseLong(options.get("nodes"));
    long relationships = Long.parseLong(options.get("relationships"));
    int batch = Integer.parseInt(options.getOrDefault("batch-size", "5000"));
    int properties = Integer.parseInt(options.getOrDefault("properties", "34"));
    long pageCache = Long.parseLong(options.getOrDefault("page-cache-mb", "256")) << 20;
    int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
    var settings =
        EmbeddedNeo4jSettings.defaults(Path.of(options.get("data-dir"))).withPageCache(pageCache);
    double seconds;
    try (var database = EmbeddedNeo4j.start(settings);
        var graph =
            Neo4jGraph.connect(database.boltUri(), EmbeddedNeo4j.USER, database.password(), null)) {
      graph.autoCommit(
          "CREATE CONSTRAINT ceiling_key IF NOT EXISTS FOR (n:Node) REQUIRE n.key IS UNIQUE",
          Map.of(),
          r -> r.consume());
      long started = System.nanoTime();
      var pool = Executors.newFixedThreadPool(threads);
      try {
        var nodeBatches = new ArrayList<Future<?>>();
        for (long from = 0; from < nodes; from += batch) {
          long first = from;
          nodeBatches.add(pool.submit(
              () -> writeNodes(graph, first, Math.min(nodes, first + batch), properties)));
        }
        awaitAll(nodeBatches);
        var relationshipBatches = new ArrayList<Future<?>>();
        for (long from = 0; from < relationships; from += batch) {
          long first = from;
          relationshipBatches.add(pool.submit(() ->
              writeRelationships(graph, first, Math.min(relationships, first + batch), nodes)));
        }
        awaitAll(relationshipBatches);
      } finally {
        pool.shutdownNow();
      }
      seconds = (System.nanoTime() - started) / 1e9;
    }
    // Last, after the database's own shutdown lines: bench/scale reads the last line.
    System.out.printf(
        "{\"nodes\": %d, \"relationships\": %d, \"threads\": %d, \"seconds\": %.1f,"
            + " \"objectsPerSecond\": %.0f}%n",
        nodes, relationships, threads, seconds, (nodes + relationships) / seconds);
  }

  private static void writeNodes(Neo4jGraph graph, long from, long to, int properties) {
    var rows = new ArrayList<Map<String, Object>>();
    for (long i = from; i < to; i++) {
      rows.add(Map.of("key", key(i), "props", props(i, properties)));
    }
    graph.write(
        "UNWIND $rows AS row MERGE (n:Node {key: row.key}) SET n += row.props",
        Map.of("rows", rows));
  }

  /** Relationships between pseudo-random nodes; concurrent batches that deadlock are retried. */
  private static void writeRelationships(Neo4jGraph graph, long from, long to, long nodes) {
    var rows = new ArrayList<Map<String, Object>>();
    for (long i = from; i < to; i++) {
      rows.add(
          Map.of("from", key(i % nodes), "to", key((i * 7919 + 13) % nodes), "key", "rel-" + i));
    }
    graph.write(
        "UNWIND $rows AS row MATCH (a:Node {key: row.from}) MATCH (b:Node {key: row.to})"
            + " MERGE (a)-[r:REL {key: row.key}]->(b)",
        Map.of("rows", rows));
  }

  private static void awaitAll(List<Future<?>> futures) {
    for (var future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static String key(long i) {
    return "hostId:" + (100_000_000 + i / 20) + "|port:443|protocol:tcp|qid:" + (10_000 + i % 2000)
        + "|ssl:1|type:Confirmed|" + i;
  }

  /** Properties shaped like a host finding's: timestamps, short strings, flags, a list. */
  private static Map<String, Object> props(long i, int count) {
    var props = new HashMap<String, Object>();
    for (int p = 0; props.size() < count; p++) {
      switch (p % 4) {
        case 0 -> props.put("time" + p, 1_760_000_000_000L + i * 1000 + p);
        case 1 -> props.put("text" + p, "value-" + (i % 1000) + "-" + p);
        case 2 -> props.put("flag" + p, (i + p) % 2 == 0);
        default ->
          props.put("list" + p, List.of("10.0." + (i % 250) + "." + p, "host-" + i + ".example"));
      }
    }
    return props;
  }

  private static Map<String, String> options(String[] args) {
    var options = new HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    for (var required : List.of("data-dir", "nodes", "relationships")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("--" + required + " is required");
      }
    }
    return options;
  }
}
