package dev.graphwright.neo4j.mapping;

import dev.graphwright.api.graph.Direction;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.neo4j.Cypher;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.MemoryErrors;
import dev.graphwright.neo4j.NameUnion;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.Retry;
import dev.graphwright.neo4j.Rows;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.mapping.TargetLookup.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves spooled mapped relationships in Neo4j, a batch at a time.
 *
 * <p>Per batch, equal targets are resolved once: the filter groups are tried in priority order,
 * each as one indexed {@code UNWIND} lookup; a target takes every integration-owned node of the
 * first group that matches anything (JupiterOne links to the matches of all groups; we prefer the
 * most precise group, so a finding mapped by IP is not also linked to every host sharing its fqdn).
 * Targets that match nothing become placeholders unless {@code skipTargetCreation}. Then the
 * relationships are merged. Work is proportional to the number of mapped relationships, never to
 * the size of the graph.
 */
public final class MappingResolver {

  private static final Logger log = LoggerFactory.getLogger(MappingResolver.class);
  private static final int SELECTOR_LINKS_PER_STATEMENT = 100;

  /**
   * The relationship property naming the filter group (0-based, in priority order) that matched
   * its target: the decision behind a link, small enough to keep on every link. Absent on a link
   * to a placeholder (whose {@code _mapFilters} holds the groups tried); {@link #ADOPTED} when the
   * target adopted a placeholder by {@code _type} and {@code _key}.
   */
  public static final String MAP_GROUP = "_mapGroup";

  /** {@link #MAP_GROUP} of a link moved to an entity that adopted its placeholder by key. */
  public static final int ADOPTED = -1;

  private static final int NO_GROUP = -2;
  private static final String PLACEHOLDERS = "placeholders";
  private static final List<String> PLACEHOLDER_MARKS =
      List.of(MappedRelationship.CLASS, "_placeholder", "_mapFilters");

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;
  private final int batchSize;
  private final int threads;
  private final TargetLookup lookup;
  private final Set<MappingShape> indexed = new HashSet<>();
  private final NameUnion placeholderNames = new NameUnion();
  private final Map<String, Boolean> ownedLabels = new ConcurrentHashMap<>();

  public MappingResolver(
      Neo4jGraph graph, GraphSchema schema, WriteScope scope, int batchSize, int threads) {
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
    this.batchSize = batchSize;
    this.threads = Math.max(1, threads);
    this.lookup = new TargetLookup(graph, scope.standsInFor());
  }

  /**
   * Resolves everything in the spool: batches are read in order and resolved on {@code threads}
   * concurrent transactions (targets shared by two batches are safe: placeholders are merged
   * through their unique key, and a deadlock is retried).
   */
  public MappingStats resolve(MappingSpool spool) {
    var stats = new MappingStats();
    long started = System.nanoTime();
    var pool = Executors.newFixedThreadPool(
        threads, Thread.ofPlatform().name("mapper-", 0).daemon().factory());
    var slots = new Semaphore(threads + 1);
    var failure = new AtomicReference<RuntimeException>();
    ensureIndexes(spool.shapes());
    placeholderNames.widen(PLACEHOLDERS, placeholderPropertyNames(spool.targetNames()));
    ownedLabels.clear();
    try {
      spool.forEachBatchGroup(batchSize, group -> {
        slots.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            if (failure.get() == null) {
              var counts = resolveGroup(group);
              synchronized (stats) {
                counts.forEach(stats::add);
              }
            }
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            slots.release();
          }
        });
      });
      slots.acquireUninterruptibly(threads + 1);
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    log.info(
        "Resolved {} mapped relationships into {} relationships in {} ms",
        spool.size(),
        stats.relationships(),
        (System.nanoTime() - started) / 1_000_000);
    return stats;
  }

  /**
   * Resolves batches of shapes with one target side together: each target once, then the links of
   * every shape. Resolution is idempotent, so a group too big for the transaction memory is redone
   * shape by shape, each in halves as needed.
   */
  private Map<String, MappingStats.Counts> resolveGroup(List<MappingSpool.ShapeBatch> group) {
    try {
      return resolve(group);
    } catch (Neo4jException e) {
      if (!MemoryErrors.is(e)) {
        throw e;
      }
      var counts = new HashMap<String, MappingStats.Counts>();
      for (var batch : group) {
        counts.merge(
            batch.shape().type(),
            resolveSplittingOnMemoryErrors(batch.shape(), batch.mappings()),
            MappingStats.Counts::plus);
      }
      return counts;
    }
  }

  /** Resolution is idempotent, so a batch too big for the transaction memory is redone in halves. */
  private MappingStats.Counts resolveSplittingOnMemoryErrors(
      MappingShape shape, List<SpooledMapping> batch) {
    return MemoryErrors.retryInHalves(
        batch,
        part -> resolve(shape, part),
        MappingStats.Counts::plus,
        size -> log.warn(
            "Resolving {} {} mappings ran out of transaction memory; in halves",
            size,
            shape.type()));
  }

  private MappingStats.Counts resolve(MappingShape shape, List<SpooledMapping> batch) {
    return Objects.requireNonNull(
        resolve(List.of(new MappingSpool.ShapeBatch(shape, batch))).get(shape.type()));
  }

  /** Resolves batches whose shapes share one target side; returns the counts per type. */
  private Map<String, MappingStats.Counts> resolve(List<MappingSpool.ShapeBatch> group) {
    var side = group.get(0).shape();
    var descriptors = new LinkedHashMap<Map<String, Object>, Integer>();
    for (var batch : group) {
      for (var mapping : batch.mappings()) {
        descriptors.computeIfAbsent(mapping.target(), t -> descriptors.size());
      }
    }
    var targets = new ArrayList<>(descriptors.keySet());
    var groupOf = new HashMap<Integer, Integer>();
    var matched = matchOwned(side, targets, groupOf);
    var placeholders = side.skipTargetCreation()
        ? Map.<Integer, List<Target>>of()
        : createPlaceholders(side, targets, matched);
    var counts = new HashMap<String, MappingStats.Counts>();
    for (var batch : group) {
      counts.merge(
          batch.shape().type(),
          link(batch.shape(), batch.mappings(), descriptors, matched, groupOf, placeholders),
          MappingStats.Counts::plus);
    }
    return counts;
  }

  /** Writes one shape's links to the targets its batch resolved to. */
  private MappingStats.Counts link(
      MappingShape shape,
      List<SpooledMapping> batch,
      Map<Map<String, Object>, Integer> descriptors,
      Map<Integer, List<Target>> matched,
      Map<Integer, Integer> groupOf,
      Map<Integer, List<Target>> placeholders) {
    var descriptorOf = new int[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      // Every target of the group's batches was numbered.
      descriptorOf[i] = Objects.requireNonNull(descriptors.get(batch.get(i).target()));
    }
    var toEntities = new ArrayList<Map<String, Object>>();
    var toPlaceholders = new ArrayList<Map<String, Object>>();
    long multi = 0;
    long unmatched = 0;
    for (int i = 0; i < batch.size(); i++) {
      int d = descriptorOf[i];
      var owned = matched.get(d);
      var resolved = owned != null ? owned : placeholders.get(d);
      if (resolved == null) {
        unmatched++;
        continue;
      }
      if (resolved.size() > 1) {
        multi++;
      }
      int group = owned != null ? groupOf.getOrDefault(d, NO_GROUP) : NO_GROUP;
      for (var target : resolved) {
        (owned != null ? toEntities : toPlaceholders).add(link(batch.get(i), target, group));
      }
    }
    long writtenToEntities = writeLinks(shape, toEntities);
    long writtenToPlaceholders = writeLinks(shape, toPlaceholders);
    long missing = shape.selectsSources()
        ? 0
        : toEntities.size() + toPlaceholders.size() - writtenToEntities - writtenToPlaceholders;
    return new MappingStats.Counts(
        batch.size(), writtenToEntities, writtenToPlaceholders, multi, unmatched, missing);
  }

  /**
   * Tries the filter groups in priority order; {@code groupOf} receives, per matched target, the
   * index of the group that matched it (kept on its relationships as {@code _mapGroup}).
   */
  private Map<Integer, List<Target>> matchOwned(
      MappingShape shape, List<Map<String, Object>> targets, Map<Integer, Integer> groupOf) {
    var matched = new HashMap<Integer, List<Target>>();
    for (int g = 0; g < shape.filters().size(); g++) {
      var filter = shape.filters().get(g);
      var candidates = new LinkedHashMap<Integer, List<Object>>();
      for (int d = 0; d < targets.size(); d++) {
        if (matched.containsKey(d)) {
          continue;
        }
        var values = new ArrayList<Object>(filter.properties().size());
        for (var property : filter.properties()) {
          var value = targets.get(d).get(property);
          if (value == null) {
            break;
          }
          values.add(value);
        }
        if (values.size() == filter.properties().size()) {
          candidates.put(d, values);
        }
      }
      // A label no integration owns a node of matches nothing: asked once per resolution, not
      // once per batch and group. A node owned later is found by the next run's re-check.
      if (!candidates.isEmpty() && ownedLabels.computeIfAbsent(filter.label(), lookup::anyOwned)) {
        var found = lookup.match(filter.label(), filter.properties(), candidates);
        for (var d : found.keySet()) {
          groupOf.put(d, g);
        }
        matched.putAll(found);
      }
    }
    return matched;
  }

  private Map<Integer, List<Target>> createPlaceholders(
      MappingShape shape, List<Map<String, Object>> targets, Map<Integer, List<Target>> matched) {
    var rows = new ArrayList<Map<String, Object>>();
    for (int d = 0; d < targets.size(); d++) {
      if (matched.containsKey(d)) {
        continue;
      }
      var target = targets.get(d);
      var props = new HashMap<String, Object>(target);
      props.remove(MappedRelationship.KEY);
      props.put(MappedRelationship.CLASS, MappedRelationship.targetClasses(target));
      props.put("_placeholder", true);
      props.put("_mapFilters", MapFilters.encode(MapFilters.applicable(shape.filters(), target)));
      rows.add(Map.of("i", d, "key", target.get(MappedRelationship.KEY), "props", props));
    }
    if (rows.isEmpty()) {
      return Map.of();
    }
    // One family for every shape: the labels are a parameter, so all share one statement, and its
    // names were widened to every spooled target's before the first batch.
    return mergePlaceholders(
        shape, placeholderNames.widen(PLACEHOLDERS, Rows.propertyNames(rows)), rows);
  }

  /**
   * One statement for every placeholder type (its labels are a parameter): on a placeholder that
   * exists, every name of the union is set, and a name this row lacks keeps its value (as when
   * only the row's names were set).
   */
  private Map<Integer, List<Target>> mergePlaceholders(
      MappingShape shape, List<String> names, List<Map<String, Object>> rows) {
    var query =
        "UNWIND $rows AS row MERGE (p:`Placeholder` {_instanceId: $instanceId, _key: row.key})"
            + " ON CREATE SET p += row.props"
            + " ON MATCH SET " + Cypher.setEachKeeping("p", "row.props", names)
            + " SET p:$($labels), p._runId = $runId"
            + " RETURN row.i AS i, elementId(p) AS id, p._key AS key";
    var parameters = Map.<String, Object>of(
        "rows", rows,
        "labels", shape.targetLabels(),
        "instanceId", scope.instanceId(),
        "runId", scope.runId());
    var created = new HashMap<Integer, List<Target>>();
    Retry.onTransient(() -> graph.writeOnce(query, parameters, result -> {
      created.clear();
      result.forEachRemaining(r -> created.put(
          r.get("i").asInt(),
          List.of(new Target(r.get("id").asString(), r.get("key").asString()))));
      return null;
    }));
    return created;
  }

  /** Rows grouped by the names in their {@code props} map, which become part of the query. */
  private static Map<Set<String>, List<Map<String, Object>>> byPropertyNames(
      List<Map<String, Object>> rows) {
    var groups = new LinkedHashMap<Set<String>, List<Map<String, Object>>>();
    for (var row : rows) {
      groups
          .computeIfAbsent(new TreeSet<>(Rows.props(row).keySet()), k -> new ArrayList<>())
          .add(row);
    }
    return groups;
  }

  private static Map<String, Object> link(SpooledMapping mapping, Target target, int group) {
    return Map.of(
        "source", mapping.source(),
        "target", target.elementId(),
        "targetKey", target.key(),
        "group", group,
        "props", mapping.properties());
  }

  private long writeLinks(MappingShape shape, List<Map<String, Object>> links) {
    long written = 0;
    for (var group : byPropertyNames(links).entrySet()) {
      written += writeLinks(shape, group.getKey(), group.getValue());
    }
    return written;
  }

  private long writeLinks(MappingShape shape, Set<String> names, List<Map<String, Object>> links) {
    if (links.isEmpty()) {
      return 0;
    }
    var parameters = new HashMap<String, Object>();
    parameters.put("links", links);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    parameters.put("type", shape.type());
    parameters.put("infix", "|" + shape.relClass().toLowerCase(Locale.ROOT) + "|");
    var merge = shape.direction() == Direction.FORWARD
        ? "MERGE (s)-[r:" + Cypher.relationshipType(shape.relClass())
            + " {_key: s._key + $infix + l.targetKey}]->(t)"
        : "MERGE (t)-[r:" + Cypher.relationshipType(shape.relClass())
            + " {_key: s._key + $infix + l.targetKey}]->(s)";
    var set = " SET " + (names.isEmpty() ? "" : Cypher.setEach("r", "l.props", names) + ", ")
        + "r._type = $type, r._instanceId = $instanceId, r._runId = $runId,"
        + " r._mapGroup = CASE WHEN l.group >= 0 THEN l.group END";
    if (shape.selectsSources() && links.size() > SELECTOR_LINKS_PER_STATEMENT) {
      // One selector value can stand for thousands of sources: keep each statement small.
      long written = 0;
      for (int from = 0; from < links.size(); from += SELECTOR_LINKS_PER_STATEMENT) {
        written += writeLinks(
            shape,
            names,
            links.subList(from, Math.min(links.size(), from + SELECTOR_LINKS_PER_STATEMENT)));
      }
      return written;
    }
    if (!shape.selectsSources()) {
      var query = "UNWIND $links AS l MATCH (s:`Entity` {_instanceId: $instanceId, _key: l.source})"
          + " MATCH (t) WHERE elementId(t) = l.target "
          + merge + set + " RETURN count(r) AS written";
      return Retry.onTransient(() -> graph.writeOnce(
          query, parameters, result -> result.single().get("written").asLong()));
    }
    // One selector value can stand for thousands of sources: commit every few thousand rows.
    var query = "UNWIND $links AS l MATCH (s:" + Cypher.label(shape.selectorType()) + ")"
        + " USING INDEX SEEK " + Cypher.indexHint("s", shape.selectorType(), selectorIndex(shape))
        + " WHERE s." + Cypher.property(shape.selectorProperty()) + " = l.source"
        + " AND s._instanceId = $instanceId AND s._runId = $runId"
        + " MATCH (t) WHERE elementId(t) = l.target"
        + " CALL (s, t, l) { " + merge + set + " } IN TRANSACTIONS OF 1000 ROWS"
        + " RETURN count(*) AS written";
    return Retry.onTransient(() -> graph.autoCommit(
        query, parameters, result -> result.single().get("written").asLong()));
  }

  /** Property, instance and run in one index: a selector is answered without reading nodes. */
  private static List<String> selectorIndex(MappingShape shape) {
    return List.of(shape.selectorProperty(), "_instanceId", "_runId");
  }

  /** The names a placeholder made from these target names carries. */
  private static List<String> placeholderPropertyNames(Set<String> targetNames) {
    var names = new ArrayList<String>(targetNames);
    names.remove(MappedRelationship.KEY);
    names.addAll(PLACEHOLDER_MARKS);
    return names;
  }

  /** Creates the indexes of every shape, then waits once for those that are new. */
  private synchronized void ensureIndexes(List<MappingShape> shapes) {
    for (var shape : shapes) {
      if (!indexed.add(shape)) {
        continue;
      }
      shape.filters().forEach(f -> schema.requestNodeIndex(f.label(), f.properties()));
      if (shape.selectsSources()) {
        schema.requestNodeIndex(shape.selectorType(), selectorIndex(shape));
      }
      schema.ensureRelationshipIndex(shape.relClass());
    }
    schema.awaitNewIndexes();
  }
}
