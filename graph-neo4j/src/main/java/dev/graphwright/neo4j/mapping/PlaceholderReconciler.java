package dev.graphwright.neo4j.mapping;

import dev.graphwright.api.graph.Names;
import dev.graphwright.neo4j.Cypher;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.mapping.TargetLookup.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps placeholders honest, so that the order in which integrations run does not matter:
 *
 * <ul>
 *   <li><b>Adoption</b>: when an integration owns an entity with a placeholder's {@code _type} and
 *       {@code _key} (e.g. the AWS integration writes the EC2 instance a Qualys host mapped to),
 *       the placeholder's relationships move to the entity and the placeholder goes away.
 *   <li><b>Re-check</b>: this instance's placeholders that the current run did not touch are
 *       matched again against their filter groups; a match now found (a Host written later by
 *       another integration) takes the placeholder's relationships.
 * </ul>
 *
 * Work is proportional to the number of placeholders, read in key order through the placeholder
 * constraint's index; a filter group whose label no integration owns a node of is not looked up.
 */
public final class PlaceholderReconciler {

  /** What reconciliation did. */
  public record Result(long adopted, long relinked) {}

  private static final Logger log = LoggerFactory.getLogger(PlaceholderReconciler.class);
  private static final int BATCH = 1000;

  private final Neo4jGraph graph;
  private final WriteScope scope;
  private final TargetLookup lookup;
  // Per reconciliation: labels no integration owns a node of cannot match any placeholder.
  private final Map<String, Boolean> ownedLabels = new HashMap<>();

  public PlaceholderReconciler(Neo4jGraph graph, WriteScope scope) {
    this.graph = graph;
    this.scope = scope;
    this.lookup = new TargetLookup(graph, scope.standsInFor());
  }

  /**
   * Adopts placeholders of the given entity types (any instance), then re-checks this instance's
   * untouched placeholders.
   */
  public Result reconcile(Set<String> entityTypesWritten) {
    long adopted = 0;
    for (var type : entityTypesWritten) {
      adopted += adopt(Names.checkType(type));
    }
    long relinked = recheck();
    if (adopted + relinked > 0) {
      log.info("Placeholders: {} adopted by owned entities, {} relinked", adopted, relinked);
    }
    return new Result(adopted, relinked);
  }

  private long adopt(String type) {
    long adopted = 0;
    var label = Cypher.label(type);
    while (true) {
      var moves = new LinkedHashMap<String, List<Target>>();
      graph.stream(
          "MATCH (p:`Placeholder`:" + label + ")"
              + " MATCH (e:`Entity`:" + label + " {_key: p._key})"
              + " RETURN elementId(p) AS p, elementId(e) AS e, e._key AS key LIMIT $limit",
          Map.of("limit", BATCH),
          r -> moves
              .computeIfAbsent(r.get("p").asString(), k -> new ArrayList<>())
              .add(new Target(r.get("e").asString(), r.get("key").asString())));
      if (moves.isEmpty()) {
        return adopted;
      }
      long moved = move(moves, Map.of());
      if (moved == 0) {
        return adopted;
      }
      adopted += moved;
    }
  }

  private long recheck() {
    long relinked = 0;
    String after = "";
    while (true) {
      var page = new ArrayList<Map<String, Object>>();
      graph.stream(
          "MATCH (p:`Placeholder`) WHERE p._instanceId = $instanceId AND p._key > $after"
              + " RETURN elementId(p) AS id, p._key AS key, p._runId AS runId,"
              + " p._mapFilters AS filters ORDER BY p._key LIMIT $limit",
          Map.of("instanceId", scope.instanceId(), "after", after, "limit", BATCH),
          r -> page.add(r.asMap()));
      if (page.isEmpty()) {
        return relinked;
      }
      after = (String) page.get(page.size() - 1).get("key");
      var untouched = page.stream()
          .filter(p -> !scope.runId().equals(p.get("runId")) && p.get("filters") != null)
          .toList();
      var groups = new HashMap<String, Integer>();
      var moves = matchAgain(untouched, groups);
      if (!moves.isEmpty()) {
        relinked += move(moves, groups);
      }
    }
  }

  /**
   * Tries each placeholder's filter groups in order; the first group that matches wins. {@code
   * matchedGroup} receives, per placeholder moved, the index of that group among the declared ones.
   */
  private Map<String, List<Target>> matchAgain(
      List<Map<String, Object>> placeholders, Map<String, Integer> matchedGroup) {
    var groups = new ArrayList<List<MapFilters.Group>>();
    for (var p : placeholders) {
      groups.add(MapFilters.decode((String) Objects.requireNonNull(p.get("filters"), "filters")));
    }
    var moves = new LinkedHashMap<String, List<Target>>();
    int longest = groups.stream().mapToInt(List::size).max().orElse(0);
    for (int g = 0; g < longest; g++) {
      // Placeholders can differ in their g-th group: look each distinct group shape up once.
      var buckets = new LinkedHashMap<String, Map<Integer, List<Object>>>();
      var bucketGroup = new HashMap<String, MapFilters.Group>();
      for (int i = 0; i < placeholders.size(); i++) {
        var id = (String) placeholders.get(i).get("id");
        if (moves.containsKey(id) || groups.get(i).size() <= g) {
          continue;
        }
        var group = groups.get(i).get(g);
        var shape = group.label() + "|" + group.values().keySet();
        bucketGroup.putIfAbsent(shape, group);
        buckets
            .computeIfAbsent(shape, k -> new LinkedHashMap<>())
            .put(i, new ArrayList<>(group.values().values()));
      }
      for (var bucket : buckets.entrySet()) {
        var group = Objects.requireNonNull(bucketGroup.get(bucket.getKey()));
        if (!ownedLabels.computeIfAbsent(group.label(), lookup::anyOwned)) {
          continue;
        }
        var found = lookup.match(
            group.label(), new ArrayList<>(group.values().keySet()), bucket.getValue());
        int position = g;
        found.forEach((i, targets) -> {
          var id = (String) placeholders.get(i).get("id");
          moves.put(id, targets);
          matchedGroup.put(id, groups.get(i).get(position).index());
        });
      }
    }
    return moves;
  }

  /**
   * Moves every relationship of each placeholder to its targets, then deletes the placeholder.
   *
   * @param groups per placeholder, the filter group that matched; absent means adopted by key
   */
  private long move(Map<String, List<Target>> moves, Map<String, Integer> groups) {
    var ids = new ArrayList<>(moves.keySet());
    var types = graph.read(
        "MATCH (p)-[r]-() WHERE elementId(p) IN $ids RETURN DISTINCT type(r) AS type",
        Map.of("ids", ids),
        result -> result.list(r -> r.get("type").asString()));
    var rows = new ArrayList<Map<String, Object>>();
    moves.forEach((id, targets) -> rows.add(Map.of(
        "placeholder",
        id,
        "group",
        groups.getOrDefault(id, MappingResolver.ADOPTED),
        "targets",
        targets.stream().map(t -> Map.of("id", t.elementId(), "key", t.key())).toList())));
    for (var type : types) {
      var relType = Cypher.relationshipType(type);
      graph.write(
          "UNWIND $rows AS m MATCH (p) WHERE elementId(p) = m.placeholder"
              + " MATCH (p)-[r:" + relType + "]-(s)"
              + " WITH r, s, m, startNode(r) = p AS outgoing,"
              + "      '|' + toLower(type(r)) + '|' AS infix"
              + " UNWIND m.targets AS target MATCH (t) WHERE elementId(t) = target.id"
              + " FOREACH (_ IN CASE WHEN outgoing THEN [1] ELSE [] END |"
              + "   MERGE (t)-[n:" + relType + " {_key: s._key + infix + target.key}]->(s)"
              + "   SET n += properties(r), n._key = s._key + infix + target.key,"
              + "       n._mapGroup = m.group)"
              + " FOREACH (_ IN CASE WHEN outgoing THEN [] ELSE [1] END |"
              + "   MERGE (s)-[n:" + relType + " {_key: s._key + infix + target.key}]->(t)"
              + "   SET n += properties(r), n._key = s._key + infix + target.key,"
              + "       n._mapGroup = m.group)"
              + " WITH DISTINCT r DELETE r",
          Map.of("rows", rows));
    }
    return graph.write(
        "MATCH (p) WHERE elementId(p) IN $ids AND NOT (p)--() DELETE p RETURN count(*) AS deleted",
        Map.of("ids", ids),
        result -> result.single().get("deleted").asLong());
  }
}
