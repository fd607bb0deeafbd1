package dev.graphwright.host.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.graphwright.api.graph.Direction;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.neo4j.Cypher;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.mapping.MappingResolver;
import dev.graphwright.runtime.run.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Explains a node from what the graph keeps: who owns it and which run last wrote it, its raw
 * source, and for each relationship the mapper made, the decision behind it (the filter group that
 * matched, with the values compared; for a placeholder, the groups tried and whether they match
 * now). The result is plain maps and lists, printed as text or JSON by the caller.
 */
public final class NodeExplainer {

  private final Neo4jGraph graph;
  private final Map<String, MappedRelationshipType> mappedTypes;
  private final int samplesPerGroup;

  /**
   * @param mappedTypes the mapped relationship types the loaded integrations declare, by {@code
   *     _type} (their filter groups name what a {@code _mapGroup} index stands for)
   * @param samplesPerGroup relationships listed per direction and type; the rest are counted
   */
  public NodeExplainer(
      Neo4jGraph graph, Map<String, MappedRelationshipType> mappedTypes, int samplesPerGroup) {
    this.graph = graph;
    this.mappedTypes = mappedTypes;
    this.samplesPerGroup = samplesPerGroup;
  }

  /** One explanation per node with this key (one per instance holding it). */
  public List<Map<String, Object>> explain(String key, @Nullable String instanceId) {
    var parameters = new HashMap<String, Object>();
    parameters.put("key", key);
    parameters.put("instanceId", instanceId);
    var nodes = rows(
        "CALL () { MATCH (n:`Entity` {_key: $key}) RETURN n"
            + " UNION MATCH (n:`Placeholder` {_key: $key}) RETURN n }"
            + " WITH n WHERE $instanceId IS NULL OR n._instanceId = $instanceId"
            + " RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p"
            + " ORDER BY n._instanceId",
        parameters);
    var explanations = new ArrayList<Map<String, Object>>();
    for (var node : nodes) {
      explanations.add(explainNode(node));
    }
    return explanations;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> explainNode(Map<String, Object> node) {
    var id = (String) node.get("id");
    var labels = (List<String>) node.get("labels");
    var p = (Map<String, Object>) node.get("p");
    boolean placeholder = labels.contains(Cypher.PLACEHOLDER);
    var out = new LinkedHashMap<String, Object>();
    out.put("key", p.get("_key"));
    out.put("type", p.get("_type"));
    out.put("classes", p.get("_class"));
    out.put("placeholder", placeholder);
    out.put("instance", p.get("_instanceId"));
    var run = run((String) p.get("_runId"));
    out.put("integration", run.get("integration"));
    out.put("lastWrittenBy", run);
    out.put("rawRef", p.get("_rawRef"));
    if (p.get("_rawRef") != null) {
      out.put(
          "rawCommand",
          "bin/host-app raw " + shellWord((String) p.get("_key")) + " --instance "
              + shellWord((String) p.get("_instanceId")));
    }
    var properties = new TreeMap<String, Object>();
    p.forEach((name, value) -> {
      if (!name.startsWith("_")) {
        properties.put(name, value);
      }
    });
    out.put("properties", properties);
    if (placeholder) {
      out.put("whyPlaceholder", whyPlaceholder(p));
    }
    out.put("relationships", relationships(id, p, placeholder));
    return out;
  }

  private List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
    return graph.read(query, parameters, r -> r.list(x -> x.asMap()));
  }

  /** A word a POSIX shell passes through as is: quoted when it holds anything but plain characters. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_.:/@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  private Map<String, Object> run(@Nullable String runId) {
    var run = new LinkedHashMap<String, Object>();
    run.put("runId", runId);
    if (runId == null) {
      return run;
    }
    graph.read(
        "MATCH (r:`GraphwrightRun` {runId: $runId})"
            + " RETURN r.integration AS integration, r.status AS status, r.startedAt AS startedAt",
        Map.of("runId", runId),
        r -> {
          if (r.hasNext()) {
            var row = r.next();
            run.put("integration", row.get("integration").asString(null));
            run.put("status", row.get("status").asString(null));
            run.put(
                "startedAt",
                row.get("startedAt").isNull()
                    ? null
                    : java.time.Instant.ofEpochMilli(row.get("startedAt").asLong())
                        .toString());
          }
          return null;
        });
    return run;
  }

  /** The groups the mapper tried, their values, and whether each matches an owned node now. */
  private Map<String, Object> whyPlaceholder(Map<String, Object> p) {
    var why = new LinkedHashMap<String, Object>();
    var encoded = (String) p.get("_mapFilters");
    List<Map<String, Object>> groups = List.of();
    try {
      if (encoded != null) {
        groups =
            Json.mapper().readValue(encoded, new TypeReference<List<Map<String, Object>>>() {});
      }
    } catch (JsonProcessingException e) {
      why.put("error", "its _mapFilters cannot be read: " + e.getOriginalMessage());
    }
    why.put(
        "reason",
        groups.isEmpty()
            ? "the mapped relationship's target had no value for any filter group, so nothing could"
                + " be looked up"
            : "no filter group matched a node that an integration owns when the mapper ran");
    var tried = new ArrayList<Map<String, Object>>();
    for (var group : groups) {
      var entry = new LinkedHashMap<String, Object>();
      entry.put("group", ((Number) group.getOrDefault("index", 0)).intValue() + 1);
      entry.put("label", group.get("label"));
      @SuppressWarnings("unchecked")
      var values = (Map<String, Object>) group.get("values");
      entry.put("values", values);
      entry.put("matchesNow", matchesNow((String) group.get("label"), values));
      tried.add(entry);
    }
    why.put("groupsTried", tried);
    why.put("groupsNotTried", groupsNotTried((String) p.get("_type"), tried));
    why.put(
        "adoptedBy",
        "an entity of _type '" + p.get("_type") + "' with _key '" + p.get("_key")
            + "' written by any integration (at the end of that run); or, at this instance's next"
            + " run, a node that one of the groups above matches by then");
    return why;
  }

  /**
   * The declared groups the target had no value for, so the mapper skipped them: taken from a
   * mapped type that makes placeholders of this {@code _type} (they share their groups).
   */
  private List<Map<String, Object>> groupsNotTried(
      @Nullable String placeholderType, List<Map<String, Object>> tried) {
    var declared = mappedTypes.values().stream()
        .filter(t -> t.targetType().equals(placeholderType))
        .findFirst();
    var out = new ArrayList<Map<String, Object>>();
    if (declared.isEmpty()) {
      return out;
    }
    var triedGroups = tried.stream().map(g -> g.get("group")).toList();
    var filters = declared.get().targetFilters();
    for (int i = 0; i < filters.size(); i++) {
      if (!triedGroups.contains(i + 1)) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("group", i + 1);
        entry.put("filter", filters.get(i).toString());
        entry.put(
            "reason",
            "the source gave no value for " + String.join(", ", filters.get(i).properties()));
        out.add(entry);
      }
    }
    return out;
  }

  private long matchesNow(String label, Map<String, Object> values) {
    var conditions = new ArrayList<String>();
    var parameters = new HashMap<String, Object>();
    int i = 0;
    for (var entry : values.entrySet()) {
      conditions.add("t." + Cypher.property(entry.getKey()) + " = $v" + i);
      parameters.put("v" + i, entry.getValue());
      i++;
    }
    return graph.read(
        "MATCH (t:" + Cypher.label(label) + ") WHERE " + String.join(" AND ", conditions)
            + " AND t:`Entity` RETURN count(t) AS n",
        parameters,
        r -> r.single().get("n").asLong());
  }

  /** Per direction and type: the count, and the first few with the mapper's decision. */
  private List<Map<String, Object>> relationships(
      String nodeId, Map<String, Object> node, boolean placeholder) {
    var groups = rows(
        "MATCH (n)-[r]-() WHERE elementId(n) = $id"
            + " RETURN startNode(r) = n AS outgoing, type(r) AS class, r._type AS type,"
            + " count(*) AS n ORDER BY class, type",
        Map.of("id", nodeId));
    var out = new ArrayList<Map<String, Object>>();
    for (var group : groups) {
      boolean outgoing = (Boolean) group.get("outgoing");
      var relClass = (String) group.get("class");
      var type = (String) group.get("type");
      var entry = new LinkedHashMap<String, Object>();
      entry.put("direction", outgoing ? "out" : "in");
      entry.put("class", relClass);
      entry.put("type", type);
      entry.put("count", group.get("n"));
      var declared = type == null ? null : mappedTypes.get(type);
      entry.put("mapped", declared != null);
      entry.put("samples", samples(nodeId, node, placeholder, outgoing, relClass, type, declared));
      out.add(entry);
    }
    return out;
  }

  private List<Map<String, Object>> samples(
      String nodeId,
      Map<String, Object> node,
      boolean placeholder,
      boolean outgoing,
      String relClass,
      @Nullable String type,
      @Nullable MappedRelationshipType declared) {
    var pattern = outgoing
        ? "(n)-[r:" + Cypher.relationshipType(relClass) + "]->(o)"
        : "(n)<-[r:" + Cypher.relationshipType(relClass) + "]-(o)";
    var parameters = new HashMap<String, Object>();
    parameters.put("id", nodeId);
    parameters.put("type", type);
    parameters.put("limit", samplesPerGroup);
    var rows = rows(
        "MATCH " + pattern
            + " WHERE elementId(n) = $id AND coalesce(r._type = $type, r._type IS NULL AND $type IS NULL)"
            + " RETURN r._key AS key, r._instanceId AS instance, r._runId AS runId,"
            + " r." + MappingResolver.MAP_GROUP + " AS mapGroup, o._key AS otherKey,"
            + " o._type AS otherType, o._instanceId AS otherInstance,"
            + " o:`Placeholder` AS otherIsPlaceholder, properties(o) AS otherProperties,"
            + " elementId(startNode(r)) = $id AS fromThis"
            + " ORDER BY o._key LIMIT $limit",
        parameters);
    var samples = new ArrayList<Map<String, Object>>();
    for (var row : rows) {
      var sample = new LinkedHashMap<String, Object>();
      sample.put("key", row.get("key"));
      sample.put("other", row.get("otherType") + " " + row.get("otherKey"));
      sample.put("otherInstance", row.get("otherInstance"));
      sample.put("otherIsPlaceholder", row.get("otherIsPlaceholder"));
      sample.put(
          "writtenBy",
          Map.of(
              "instance",
              String.valueOf(row.get("instance")),
              "runId",
              String.valueOf(row.get("runId"))));
      if (declared != null) {
        sample.put("decision", decision(declared, row, node, placeholder, outgoing));
      }
      samples.add(sample);
    }
    return samples;
  }

  /** Why the mapper linked these two nodes. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> decision(
      MappedRelationshipType declared,
      Map<String, Object> row,
      Map<String, Object> node,
      boolean placeholder,
      boolean outgoing) {
    var decision = new LinkedHashMap<String, Object>();
    // The target is the end the mapper looked up: the relationship's end when it points forward.
    boolean otherIsTarget = (declared.direction() == Direction.FORWARD) == outgoing;
    decision.put("source", otherIsTarget ? "this node" : "the other node");
    var group = row.get("mapGroup");
    var filters = declared.targetFilters();
    boolean targetIsPlaceholder =
        otherIsTarget ? Boolean.TRUE.equals(row.get("otherIsPlaceholder")) : placeholder;
    if (targetIsPlaceholder) {
      decision.put(
          "matched",
          otherIsTarget
              ? "no filter group: linked to a placeholder (explain it for the groups tried)"
              : "no filter group: linked to this placeholder (see the groups tried above)");
    } else if (group instanceof Number n && n.intValue() == MappingResolver.ADOPTED) {
      decision.put(
          "matched",
          "adopted: the target was a placeholder until an integration wrote an entity with its"
              + " _type and _key");
    } else if (group instanceof Number n && n.intValue() >= 0 && n.intValue() < filters.size()) {
      var filter = filters.get(n.intValue());
      decision.put("group", n.intValue() + 1);
      decision.put("of", filters.size());
      decision.put("filter", filter.toString());
      // The target matched on these values, so they are the values the mapper compared.
      var target = otherIsTarget ? (Map<String, Object>) row.get("otherProperties") : node;
      var values = new LinkedHashMap<String, Object>();
      filter.properties().forEach(name -> values.put(name, target.get(name)));
      decision.put("values", values);
    } else {
      decision.put("matched", "not recorded (linked by an earlier version)");
    }
    return decision;
  }
}
