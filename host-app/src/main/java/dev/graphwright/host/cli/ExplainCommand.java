package dev.graphwright.host.cli;

import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.graph.NodeExplainer;
import dev.graphwright.runtime.run.Json;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain <_key>}: who owns a node, where it came from, and why it is linked. */
@Command(
    name = "explain",
    header = "explain a node: owner, last run, raw source, and why each mapped link exists",
    description = {
      "Explains every node with this _key (entity or placeholder, one per instance): the"
          + " integration and instance that own it, the run that last wrote it, its raw source"
          + " record, and its relationships. For each relationship the mapper made, it names the"
          + " filter group that matched and the values compared; for a placeholder, the groups"
          + " tried with their values, whether each matches a node now, and what would adopt it."
    })
final class ExplainCommand implements HostTask {

  /** How {@code explain} prints. */
  enum Format {
    TEXT,
    JSON;

    /** The name users type. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(paramLabel = "<_key>", description = "the node's _key, e.g. qualys-host:123")
  private String key = "";

  @Option(names = "--instance", paramLabel = "ID", description = "only the node of this instance")
  private @Nullable String instance;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.TEXT;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "5",
      description = "relationships listed per direction and type (default: ${DEFAULT-VALUE});"
          + " the rest are counted")
  private int limit;

  @Override
  public int run(Host host) throws Exception {
    if (limit < 1) {
      throw new UsageException("--limit must be 1 or more, got " + limit);
    }
    var explanations =
        new NodeExplainer(host.graph().graph(), mappedTypes(host), limit).explain(key, instance);
    if (explanations.isEmpty()) {
      host.err()
          .println("No entity or placeholder has _key '" + key + "'"
              + (instance != null ? " in instance '" + instance + "'" : "")
              + ". Keys are case-sensitive; list some with: bin/host-app query"
              + " \"MATCH (n:Entity) RETURN n._type, n._key LIMIT 10\"");
      return 2;
    }
    if (format == Format.JSON) {
      host.out().println(Json.write(explanations.size() == 1 ? explanations.get(0) : explanations));
    } else {
      explanations.forEach(e -> printText(e, host.out()));
    }
    return 0;
  }

  /** The mapped relationship types of every loaded integration; none if plugins do not load. */
  private static Map<String, MappedRelationshipType> mappedTypes(Host host) {
    var types = new HashMap<String, MappedRelationshipType>();
    try {
      for (var loaded : host.plugins().integrations()) {
        for (var step : loaded.integration().steps()) {
          step.spec().mappedRelationships().forEach(t -> types.put(t.type(), t));
        }
      }
    } catch (RuntimeException e) {
      host.err()
          .println(
              "note: plugins not loaded (" + e.getMessage() + "); filter groups show by number");
    }
    return types;
  }

  @SuppressWarnings("unchecked")
  private static void printText(Map<String, Object> e, PrintStream out) {
    out.println(e.get("type") + " " + e.get("key")
        + (Boolean.TRUE.equals(e.get("placeholder")) ? "  (PLACEHOLDER made by the mapper)" : ""));
    out.println("  owner:      instance '" + e.get("instance") + "'"
        + (e.get("integration") != null ? " of integration '" + e.get("integration") + "'" : ""));
    var run = (Map<String, Object>) e.get("lastWrittenBy");
    out.println("  last run:   " + run.get("runId")
        + (run.get("status") != null
            ? " (" + run.get("status") + ", started " + run.get("startedAt") + ")"
            : ""));
    if (e.get("rawRef") != null) {
      out.println("  raw source: " + e.get("rawRef") + "   print it: " + e.get("rawCommand"));
    } else if (!Boolean.TRUE.equals(e.get("placeholder"))) {
      out.println("  raw source: none kept (archiving was off, or not built from one record)");
    }
    var properties = (Map<String, Object>) e.get("properties");
    if (!properties.isEmpty()) {
      out.println("  properties: " + properties);
    }
    var why = (Map<String, Object>) e.get("whyPlaceholder");
    if (why != null) {
      out.println("  why a placeholder: " + why.get("reason"));
      // Groups in declared order, tried or not.
      var lines = new java.util.TreeMap<Integer, String>();
      for (var group : (List<Map<String, Object>>) why.get("groupsTried")) {
        long now = ((Number) group.get("matchesNow")).longValue();
        lines.put(
            (Integer) group.get("group"),
            group.get("label") + " " + group.get("values")
                + (now == 0
                    ? "  (matches nothing now)"
                    : "  (matches " + now + " now: relinked at the next run)"));
      }
      for (var group : (List<Map<String, Object>>) why.get("groupsNotTried")) {
        lines.put(
            (Integer) group.get("group"),
            group.get("filter") + "  not tried: " + group.get("reason"));
      }
      lines.forEach((number, line) -> out.println("    group " + number + ": " + line));
      out.println("  adopted by: " + why.get("adoptedBy"));
    }
    var relationships = (List<Map<String, Object>>) e.get("relationships");
    out.println("  relationships:" + (relationships.isEmpty() ? " none" : ""));
    for (var group : relationships) {
      boolean outgoing = "out".equals(group.get("direction"));
      out.println(
          "    " + (outgoing ? "-[" : "<-[") + group.get("class") + "]" + (outgoing ? "->" : "-")
              + " " + group.get("type") + ": " + group.get("count")
              + (Boolean.TRUE.equals(group.get("mapped")) ? " (mapped)" : ""));
      for (var sample : (List<Map<String, Object>>) group.get("samples")) {
        var line = new StringBuilder("      " + sample.get("other"));
        if (!String.valueOf(sample.get("otherInstance"))
            .equals(String.valueOf(e.get("instance")))) {
          line.append(" [instance ").append(sample.get("otherInstance")).append("]");
        }
        var decision = (Map<String, Object>) sample.get("decision");
        if (decision != null) {
          line.append(
              decision.containsKey("group")
                  ? "  matched group " + decision.get("group") + " of " + decision.get("of") + " "
                      + decision.get("filter") + " on " + decision.get("values")
                  : "  " + decision.get("matched"));
        }
        out.println(line);
      }
      long shown = ((List<?>) group.get("samples")).size();
      long count = ((Number) group.get("count")).longValue();
      if (count > shown) {
        out.println("      … and " + (count - shown) + " more (--limit N lists more)");
      }
    }
    out.println();
  }
}
