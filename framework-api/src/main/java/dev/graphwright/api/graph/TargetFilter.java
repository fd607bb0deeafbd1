package dev.graphwright.api.graph;

import java.util.List;

/**
 * One AND-group of a mapped relationship's target filter: nodes carrying {@code label} whose
 * properties all equal the target entity's values for {@code properties}.
 *
 * <p>The label is a {@code _class} (e.g. {@code Host}) or a {@code _type} (e.g. {@code
 * aws_instance}): both are labels in the graph, so the host can create an index for each group.
 *
 * @param label a {@code _class} or {@code _type}
 * @param properties property names compared for equality, e.g. {@code [publicIpAddress]}
 */
public record TargetFilter(String label, List<String> properties) {

  public TargetFilter {
    if (!Names.isLabel(label)) {
      throw new IllegalArgumentException("invalid target filter label '" + label + "'");
    }
    if (properties.isEmpty()) {
      throw new IllegalArgumentException("target filter on '" + label + "' names no property");
    }
    properties.forEach(Names::checkProperty);
    properties = List.copyOf(properties);
  }

  /** Nodes of {@code _class} {@code entityClass} with these properties equal. */
  public static TargetFilter byClass(String entityClass, String... properties) {
    return new TargetFilter(Names.checkClass(entityClass), List.of(properties));
  }

  /** Nodes of {@code _type} {@code type} with these properties equal. */
  public static TargetFilter byType(String type, String... properties) {
    return new TargetFilter(Names.checkType(type), List.of(properties));
  }

  /** A readable form, e.g. {@code Host(publicIpAddress)}. */
  @Override
  public String toString() {
    return label + "(" + String.join(", ", properties) + ")";
  }
}
