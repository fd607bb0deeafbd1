package dev.graphwright.api.state;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.Relationship;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The graph of one integration instance, as a step sees it. Writes are buffered and sent to the
 * graph in batches; reads first flush what is buffered, so a step always sees its own writes and
 * those of its ancestors. Nothing here keeps per-object state on the heap: the graph is the job
 * state. All methods are thread-safe.
 *
 * <p>Writing the same {@code _key} twice in a run never fails: the later object's properties are
 * merged over the earlier one's (the later value wins per property), and the duplicate is counted
 * and reported in the run record.
 */
public interface JobState {

  /** Buffers an entity for writing. */
  void addEntity(Entity entity);

  default void addEntities(Collection<Entity> entities) {
    entities.forEach(this::addEntity);
  }

  /**
   * Buffers a direct relationship. Both ends must be entities of this instance, written by this
   * step or an earlier one; a relationship whose end is missing is dropped and counted.
   */
  void addRelationship(Relationship relationship);

  default void addRelationships(Collection<Relationship> relationships) {
    relationships.forEach(this::addRelationship);
  }

  /** Records a mapped relationship; the host resolves it after the steps ran. */
  void addMappedRelationship(MappedRelationship relationship);

  /**
   * Sets properties on every entity the selector matches (of this instance, written by this run),
   * e.g. to enrich findings with their vulnerability's title. Updates are buffered and applied in
   * batches, at the latest when the step ends or before the next read.
   */
  void updateEntities(EntitySelector selector, Map<String, ?> properties);

  /** Whether an entity with this key exists in this instance's graph. */
  boolean hasKey(String key);

  /** The entity with this key, read back from the graph. */
  Optional<Entity> findEntity(String key);

  /** Streams every entity of this {@code _type} from the graph (in no particular order). */
  void iterateEntities(String type, Consumer<Entity> consumer);

  /**
   * Streams the distinct values of {@code property} among the entities of these {@code _type}s
   * written by this run, each value once, in ascending order. Lists are flattened. The values are
   * computed by the database, not collected on the heap.
   */
  void iterateDistinctValues(Collection<String> types, String property, Consumer<Object> consumer);

  /**
   * A named list of strings a step hands to later steps (e.g. host ids), stored in the graph in
   * chunks so that it survives the run and costs no heap.
   */
  DataSet dataSet(String name);
}
