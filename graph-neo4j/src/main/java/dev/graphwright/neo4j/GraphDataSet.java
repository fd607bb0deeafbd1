package dev.graphwright.neo4j;

import dev.graphwright.api.state.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A {@link DataSet} stored as chunk nodes {@code (:GraphwrightDataSet {instanceId, name, chunk,
 * values})}: one small node per {@value #CHUNK} values, so a list of a million host ids costs a
 * hundred nodes and no heap.
 */
public final class GraphDataSet implements DataSet {

  static final int CHUNK = 10_000;

  private final Neo4jGraph graph;
  private final String instanceId;
  private final String name;
  private List<String> pending = new ArrayList<>();
  private long nextChunk = -1;

  public GraphDataSet(Neo4jGraph graph, String instanceId, String name) {
    this.graph = graph;
    this.instanceId = instanceId;
    this.name = name;
  }

  @Override
  public synchronized void clear() {
    graph.write(
        "MATCH (c:`GraphwrightDataSet` {instanceId: $instanceId, name: $name}) DELETE c", params());
    pending = new ArrayList<>();
    nextChunk = 0;
  }

  @Override
  public synchronized void append(String value) {
    pending.add(value);
    if (pending.size() >= CHUNK) {
      writePending();
    }
  }

  @Override
  public synchronized void flush() {
    if (!pending.isEmpty()) {
      writePending();
    }
  }

  private void writePending() {
    if (nextChunk < 0) {
      nextChunk = graph.read(
          "MATCH (c:`GraphwrightDataSet` {instanceId: $instanceId, name: $name})"
              + " RETURN coalesce(max(c.chunk), -1) + 1 AS next",
          params(),
          result -> result.single().get("next").asLong());
    }
    var parameters = params();
    parameters.put("chunk", nextChunk++);
    parameters.put("values", pending);
    graph.write(
        "CREATE (:`GraphwrightDataSet` {instanceId: $instanceId, name: $name, chunk: $chunk,"
            + " size: size($values), values: $values})",
        parameters);
    pending = new ArrayList<>();
  }

  @Override
  public void forEach(Consumer<String> consumer) {
    flush();
    graph.stream(
        "MATCH (c:`GraphwrightDataSet` {instanceId: $instanceId, name: $name})"
            + " WITH c ORDER BY c.chunk UNWIND c.values AS value RETURN value",
        params(),
        record -> consumer.accept(record.get("value").asString()));
  }

  @Override
  public long size() {
    flush();
    return graph.read(
        "MATCH (c:`GraphwrightDataSet` {instanceId: $instanceId, name: $name})"
            + " RETURN coalesce(sum(c.size), 0) AS size",
        params(),
        result -> result.single().get("size").asLong());
  }

  private Map<String, Object> params() {
    var map = new java.util.HashMap<String, Object>();
    map.put("instanceId", instanceId);
    map.put("name", name);
    return map;
  }
}
