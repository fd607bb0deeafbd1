package dev.graphwright.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a run would change, found by comparing a preview's scratch instance (everything the run
 * wrote there) with the real instance, one {@code _type} at a time.
 *
 * <p>An entity is matched by {@code _key}; it is unchanged when its content hash is equal. A
 * relationship is matched by {@code _key} between the counterparts of its two ends: an end of the
 * scratch instance stands for the real instance's node with the same {@code _key}, and any other
 * end (a node another integration owns) for itself. A relationship without properties has no
 * content hash, so it is unchanged when it exists. Deletions are counted only for the types the
 * run's stale-data sync would clean, and the deletion guard's verdict is computed the same way.
 *
 * <p>Every query is one streaming aggregation: memory does not grow with the instance's size.
 */
public final class PreviewDiff {

  /**
   * A type to compare.
   *
   * @param type the {@code _type}
   * @param relClass null for an entity type, else the relationship's class (its Neo4j type)
   * @param cleaned whether the run's stale-data sync would delete this type's unseen objects
   */
  public record ComparedType(String type, @Nullable String relClass, boolean cleaned) {}

  /**
   * What the run would do to one type.
   *
   * @param create objects the instance does not hold yet
   * @param update objects it holds whose content would change
   * @param unchanged objects it holds as the run would write them
   * @param delete objects the run did not see and the sync would delete (0 for types it keeps)
   * @param existing objects of the type the instance holds now
   */
  public record Change(long create, long update, long unchanged, long delete, long existing) {}

  private final Neo4jGraph graph;
  private final String realInstance;
  private final String scratchInstance;

  public PreviewDiff(Neo4jGraph graph, String realInstance, String scratchInstance) {
    this.graph = graph;
    this.realInstance = realInstance;
    this.scratchInstance = scratchInstance;
  }

  /** The changes per {@code _type}, for the types where anything exists or would be written. */
  public Map<String, Change> compare(List<ComparedType> types) {
    var changes = new TreeMap<String, Change>();
    for (var type : types) {
      var change = type.relClass() == null ? entities(type) : relationships(type);
      if (change.create() + change.update() + change.unchanged() + change.existing() > 0) {
        changes.merge(type.type(), change, PreviewDiff::sum);
      }
    }
    return changes;
  }

  /**
   * The deletion guard's verdict on each change: the types of which more than {@code
   * maxDeleteShare} would go (when the instance holds at least the guarded minimum).
   */
  public static List<StaleDataSync.DeletionRefusal> refusals(
      Map<String, Change> changes, double maxDeleteShare) {
    return changes.entrySet().stream()
        .filter(e -> maxDeleteShare < 1)
        .filter(e -> e.getValue().existing() >= StaleDataSync.GUARDED_MINIMUM)
        .filter(e -> e.getValue().delete() > maxDeleteShare * e.getValue().existing())
        .map(e -> new StaleDataSync.DeletionRefusal(
            e.getKey(), e.getValue().delete(), e.getValue().existing()))
        .toList();
  }

  private Change entities(ComparedType type) {
    var label = Cypher.label(type.type());
    var written = read(
        "MATCH (n:" + label + ") WHERE n._instanceId = $scratch AND n:`Entity`"
            + " OPTIONAL MATCH (o:`Entity` {_instanceId: $real, _key: n._key})"
            + " RETURN sum(CASE WHEN o IS NULL THEN 1 ELSE 0 END) AS create,"
            + " sum(CASE WHEN o IS NOT NULL AND o._hash <> n._hash THEN 1 ELSE 0 END) AS update,"
            + " sum(CASE WHEN o._hash = n._hash THEN 1 ELSE 0 END) AS unchanged",
        Map.of());
    var held = read(
        "MATCH (o:" + label + ") WHERE o._instanceId = $real AND o:`Entity`"
            + " RETURN count(o) AS existing, sum(CASE WHEN EXISTS {"
            + " MATCH (n:`Entity` {_instanceId: $scratch, _key: o._key}) } THEN 0 ELSE 1 END) AS unseen",
        Map.of());
    return change(type, written, held);
  }

  private Change relationships(ComparedType type) {
    var rel = Cypher.relationshipType(
        Objects.requireNonNull(type.relClass(), "a relationship type has a class"));
    var written = read(
        "MATCH (a)-[r:" + rel + "]->(b) WHERE r._instanceId = $scratch AND r._type = $type"
            + " WITH r, " + counterpart("a", "$scratch", "$real") + " AS ra, "
            + counterpart("b", "$scratch", "$real") + " AS rb"
            + " OPTIONAL CALL (r, ra, rb) { MATCH (ra)-[o:" + rel + " {_key: r._key}]->(rb)"
            + " WHERE o._instanceId = $real RETURN o LIMIT 1 }"
            + " RETURN sum(CASE WHEN o IS NULL THEN 1 ELSE 0 END) AS create,"
            + " sum(CASE WHEN o IS NOT NULL AND NOT " + sameContent()
            + " THEN 1 ELSE 0 END) AS update,"
            + " sum(CASE WHEN o IS NOT NULL AND " + sameContent()
            + " THEN 1 ELSE 0 END) AS unchanged",
        Map.of("type", type.type()));
    var held = read(
        "MATCH (a)-[o:" + rel + "]->(b) WHERE o._instanceId = $real AND o._type = $type"
            + " WITH o, " + counterpart("a", "$real", "$scratch") + " AS sa, "
            + counterpart("b", "$real", "$scratch") + " AS sb"
            + " RETURN count(o) AS existing, sum(CASE WHEN sa IS NOT NULL AND sb IS NOT NULL"
            + " AND EXISTS { MATCH (sa)-[n:" + rel + " {_key: o._key}]->(sb)"
            + " WHERE n._instanceId = $scratch } THEN 0 ELSE 1 END) AS unseen",
        Map.of("type", type.type()));
    return change(type, written, held);
  }

  /** Content hashes compare when both have one; a relationship without properties has none. */
  private static String sameContent() {
    return "coalesce(o._hash = r._hash, o._hash IS NULL AND r._hash IS NULL)";
  }

  /**
   * The node that stands for {@code node} in the other instance: for a node of instance {@code
   * from}, the entity or placeholder of instance {@code to} with the same key (null if none); any
   * other node stands for itself.
   */
  private static String counterpart(String node, String from, String to) {
    return "CASE WHEN " + node + "._instanceId = " + from
        + " THEN coalesce(head(COLLECT { MATCH (x:`Entity` {_instanceId: " + to + ", _key: "
        + node + "._key}) RETURN x }), head(COLLECT { MATCH (x:`Placeholder` {_instanceId: " + to
        + ", _key: " + node + "._key}) RETURN x })) ELSE " + node + " END";
  }

  private static Change change(ComparedType type, long[] written, long[] held) {
    return new Change(written[0], written[1], written[2], type.cleaned() ? held[1] : 0, held[0]);
  }

  private long[] read(String query, Map<String, Object> extra) {
    var parameters = new HashMap<String, Object>(extra);
    parameters.put("real", realInstance);
    parameters.put("scratch", scratchInstance);
    return graph.read(query, parameters, result -> {
      var row = result.single();
      var values = new long[row.size()];
      for (int i = 0; i < row.size(); i++) {
        values[i] = row.get(i).isNull() ? 0 : row.get(i).asLong();
      }
      return values;
    });
  }

  private static Change sum(Change a, Change b) {
    return new Change(
        a.create() + b.create(),
        a.update() + b.update(),
        a.unchanged() + b.unchanged(),
        a.delete() + b.delete(),
        a.existing() + b.existing());
  }
}
