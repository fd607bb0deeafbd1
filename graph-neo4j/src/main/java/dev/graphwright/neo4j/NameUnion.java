package dev.graphwright.neo4j;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The property names each family of statements has set so far, only ever growing. A statement
 * that names this union (with {@link Cypher#setEachKeeping}) has the same text for every batch of
 * its family once the names have been seen, so Neo4j plans it a few times per run instead of once
 * per combination of names.
 */
public final class NameUnion {

  private final Map<Object, SortedSet<String>> names = new ConcurrentHashMap<>();

  /** Adds {@code seen} to the family's names and returns them all, sorted. */
  public List<String> widen(Object family, Collection<String> seen) {
    var union = names.computeIfAbsent(family, k -> new TreeSet<>());
    synchronized (union) {
      union.addAll(seen);
      return List.copyOf(union);
    }
  }
}
