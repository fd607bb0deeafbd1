package dev.graphwright.neo4j.session;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.api.state.DataSet;
import dev.graphwright.api.state.JobState;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The job state one step sees: writes go to the shared batched writer tagged with the step, reads
 * flush pending writes first and then read the graph. Counts what the step emitted, per type.
 */
public final class Neo4jJobState implements JobState {

  private final String stepId;
  private final GraphSession session;
  private final Map<String, LongAdder> emitted = new ConcurrentHashMap<>();

  Neo4jJobState(String stepId, GraphSession session) {
    this.stepId = stepId;
    this.session = session;
  }

  @Override
  public void addEntity(Entity entity) {
    session.writer().add(entity, stepId);
    count(entity.type());
  }

  @Override
  public void addRelationship(Relationship relationship) {
    session.writer().add(relationship, stepId);
    count(relationship.type());
  }

  @Override
  public void addMappedRelationship(MappedRelationship relationship) {
    session.mappedRelationships().add(relationship, stepId);
    count(relationship.type());
  }

  @Override
  public void updateEntities(EntitySelector selector, Map<String, ?> properties) {
    session.updates().add(selector, properties);
  }

  @Override
  public boolean hasKey(String key) {
    session.flush();
    return session.reader().hasKey(key);
  }

  @Override
  public Optional<Entity> findEntity(String key) {
    session.flush();
    return session.reader().findEntity(key);
  }

  @Override
  public void iterateEntities(String type, Consumer<Entity> consumer) {
    session.flush();
    session.reader().iterateEntities(type, consumer);
  }

  @Override
  public void iterateDistinctValues(
      Collection<String> types, String property, Consumer<Object> consumer) {
    session.flush();
    session.reader().iterateDistinctValues(types, property, consumer);
  }

  @Override
  public DataSet dataSet(String name) {
    return session.dataSet(name);
  }

  /** What this step emitted, per {@code _type}. */
  public Map<String, Long> emitted() {
    var copy = new TreeMap<String, Long>();
    emitted.forEach((type, n) -> copy.put(type, n.sum()));
    return copy;
  }

  private void count(String type) {
    emitted.computeIfAbsent(type, t -> new LongAdder()).increment();
  }
}
