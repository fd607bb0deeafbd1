package dev.graphwright.neo4j;

import dev.graphwright.api.graph.Names;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Builds the few pieces of Cypher text that cannot be parameters (labels, relationship types,
 * property names). Every name is validated by {@link Names} and quoted, so nothing from a plugin or
 * a provider can change a query's meaning.
 */
public final class Cypher {

  /** The label every integration-owned node carries. */
  public static final String ENTITY = "Entity";

  /** The label of nodes the mapper creates when a mapped relationship matches nothing. */
  public static final String PLACEHOLDER = "Placeholder";

  private Cypher() {}

  /** A validated, quoted label: a {@code _type} or a {@code _class}. */
  public static String label(String name) {
    if (!Names.isLabel(name) && !name.equals(ENTITY) && !name.equals(PLACEHOLDER)) {
      throw new IllegalArgumentException("invalid label '" + name + "'");
    }
    return "`" + name + "`";
  }

  /** A validated, quoted relationship type. */
  public static String relationshipType(String relClass) {
    return "`" + Names.checkRelationshipClass(relClass) + "`";
  }

  /**
   * {@code v.`a` = m.`a`, v.`b` = m.`b`} for the given names: the explicit form of {@code SET v +=
   * m}. Neo4j cannot tell which properties a map update touches, so it buffers every row of the
   * statement (an Eager) to protect the statement's own reads; at a few thousand rows of wide
   * nodes that exhausts the transaction memory. Naming the properties avoids it.
   */
  public static String setEach(String variable, String map, Collection<String> names) {
    return names.stream()
        .map(n -> variable + "." + property(n) + " = " + map + "." + property(n))
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code v.`a` = coalesce(m.`a`, v.`a`), ...}: like {@link #setEach}, but a name the row's map
   * lacks keeps its value. Statements that name the union of every row's names then share one
   * text, and Neo4j plans one statement instead of one per combination of names (planning a new
   * statement costs far more than running it).
   */
  public static String setEachKeeping(String variable, String map, Collection<String> names) {
    return names.stream()
        .map(n -> {
          var target = variable + "." + property(n);
          return target + " = coalesce(" + map + "." + property(n) + ", " + target + ")";
        })
        .collect(Collectors.joining(", "));
  }

  /** {@code v:`Label`(`a`, `b`)}: the index a {@code USING INDEX} hint names. */
  public static String indexHint(String variable, String label, Collection<String> properties) {
    return variable + ":" + label(label) + "("
        + properties.stream().map(Cypher::property).collect(Collectors.joining(", ")) + ")";
  }

  /** A validated, quoted property name. */
  public static String property(String name) {
    return "`" + Names.checkProperty(name) + "`";
  }
}
