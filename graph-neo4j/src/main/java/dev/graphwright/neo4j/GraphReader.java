package dev.graphwright.neo4j;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Names;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.RawRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/** Reads one integration instance's entities back from the graph, streaming. */
public final class GraphReader {

  private final Neo4jGraph graph;
  private final WriteScope scope;

  public GraphReader(Neo4jGraph graph, WriteScope scope) {
    this.graph = graph;
    this.scope = scope;
  }

  public boolean hasKey(String key) {
    return graph.read(
        "MATCH (n:`Entity` {_instanceId: $instanceId, _key: $key}) RETURN count(n) > 0 AS found",
        Map.of("instanceId", scope.instanceId(), "key", key),
        result -> result.single().get("found").asBoolean());
  }

  public Optional<Entity> findEntity(String key) {
    return graph.read(
        "MATCH (n:`Entity` {_instanceId: $instanceId, _key: $key}) RETURN properties(n) AS props",
        Map.of("instanceId", scope.instanceId(), "key", key),
        result -> result.hasNext()
            ? Optional.of(toEntity(result.next().get("props")))
            : Optional.<Entity>empty());
  }

  public void iterateEntities(String type, Consumer<Entity> consumer) {
    graph.stream(
        "MATCH (n:" + Cypher.label(Names.checkType(type)) + ") WHERE n._instanceId = $instanceId"
            + " RETURN properties(n) AS props",
        Map.of("instanceId", scope.instanceId()),
        record -> consumer.accept(toEntity(record.get("props"))));
  }

  public void iterateDistinctValues(
      Collection<String> types, String property, Consumer<Object> consumer) {
    if (types.isEmpty()) {
      return;
    }
    var name = Cypher.property(property);
    var perType = types.stream()
        .map(type -> "MATCH (n:" + Cypher.label(Names.checkType(type)) + ")"
            + " WHERE n._instanceId = $instanceId AND n._runId = $runId"
            + " AND n." + name + " IS NOT NULL RETURN n." + name + " AS v")
        .collect(Collectors.joining(" UNION ALL "));
    graph.stream(
        "CALL () { " + perType + " }"
            + " UNWIND CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END AS value"
            + " RETURN DISTINCT value ORDER BY value",
        Map.of("instanceId", scope.instanceId(), "runId", scope.runId()),
        record -> consumer.accept(record.get("value").asObject()));
  }

  @SuppressWarnings("unchecked")
  static Entity toEntity(Value props) {
    Map<String, Object> all = props.asMap();
    var own = new HashMap<String, Object>();
    all.forEach((name, value) -> {
      if (!Properties.RESERVED.contains(name)) {
        own.put(name, value);
      }
    });
    var classes = (List<String>) all.getOrDefault("_class", List.of());
    var raw = (String) all.get("_rawRef");
    return new Entity(
        (String) Objects.requireNonNull(all.get("_key"), "_key"),
        (String) Objects.requireNonNull(all.get("_type"), "_type"),
        classes,
        own,
        raw == null ? null : RawRef.decode(raw));
  }
}
