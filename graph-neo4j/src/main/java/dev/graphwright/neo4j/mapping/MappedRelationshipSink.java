package dev.graphwright.neo4j.mapping;

import dev.graphwright.api.graph.MappedRelationship;

/** Where steps' mapped relationships go until the mapper resolves them after the steps ran. */
public interface MappedRelationshipSink {

  /** Records a mapped relationship emitted by {@code stepId}. Thread-safe. */
  void add(MappedRelationship relationship, String stepId);
}
