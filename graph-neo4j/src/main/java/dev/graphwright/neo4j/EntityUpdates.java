package dev.graphwright.neo4j;

import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.Properties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers {@code JobState.updateEntities} calls and applies them in batches, grouped by selector
 * type and property (they are part of the query text). A selector can match many entities, so the
 * query commits every few hundred rows ({@code CALL ... IN TRANSACTIONS}).
 *
 * <p>Batches run on one lane per write thread, so both cores update at once. A selector value
 * always goes to the same lane, which keeps the updates of one selector in the order they were
 * made. The caller waits when its lane already has a batch running and one queued: memory stays at
 * a few batches whatever the number of updates. A failed batch fails the next call, or the flush.
 */
public final class EntityUpdates implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EntityUpdates.class);

  /** Selector values per statement: each can match thousands of entities. */
  private static final int BATCH = 50;
  /** Batches per lane running or queued before the caller waits. */
  private static final int QUEUED_PER_LANE = 2;

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;
  private final Map<Group, List<Map<String, Object>>> pending = new LinkedHashMap<>();
  private final List<ExecutorService> lanes;
  private final List<Semaphore> laneSlots = new ArrayList<>();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final LongAdder updated = new LongAdder();

  /** Updates that share one statement: the selector's type and property, and a lane. */
  private record Group(String type, String property, int lane) {}

  private final NameUnion names = new NameUnion();

  public EntityUpdates(Neo4jGraph graph, GraphSchema schema, WriteScope scope, int threads) {
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
    this.lanes = DaemonLanes.create("graph-updates", threads);
    for (int lane = 0; lane < threads; lane++) {
      laneSlots.add(new Semaphore(QUEUED_PER_LANE));
    }
  }

  public void add(EntitySelector selector, Map<String, ?> properties) {
    throwIfFailed();
    var checked = Properties.copyOf(properties);
    for (var reserved : Properties.RESERVED) {
      if (checked.containsKey(reserved)) {
        throw new IllegalArgumentException("updateEntities cannot set " + reserved);
      }
    }
    if (checked.containsKey(selector.property())) {
      throw new IllegalArgumentException(
          "updateEntities cannot change the selector's own property " + selector.property());
    }
    if (checked.isEmpty()) {
      return;
    }
    int lane = Math.floorMod(
        Objects.hash(selector.type(), selector.property(), selector.value()), lanes.size());
    var group = new Group(selector.type(), selector.property(), lane);
    List<Map<String, Object>> full = null;
    synchronized (pending) {
      var rows = pending.computeIfAbsent(group, k -> new ArrayList<>());
      rows.add(Map.of("value", selector.value(), "props", checked));
      if (rows.size() >= BATCH) {
        full = pending.remove(group);
      }
    }
    if (full != null) {
      submit(group, full);
    }
  }

  /** Applies everything buffered and waits for it; throws the first failure since the last call. */
  public void flush() {
    Map<Group, List<Map<String, Object>>> all;
    synchronized (pending) {
      all = new LinkedHashMap<>(pending);
      pending.clear();
    }
    all.forEach(this::submit);
    for (int lane = 0; lane < lanes.size(); lane++) {
      // A lane holds at most QUEUED_PER_LANE batches: holding all its slots means it is idle.
      var slots = laneSlots.get(lane);
      slots.acquireUninterruptibly(QUEUED_PER_LANE);
      slots.release(QUEUED_PER_LANE);
    }
    throwIfFailed();
  }

  public long updated() {
    return updated.sum();
  }

  @Override
  public void close() {
    lanes.forEach(ExecutorService::shutdown);
  }

  private void throwIfFailed() {
    var failed = failure.getAndSet(null);
    if (failed != null) {
      throw failed;
    }
  }

  private void submit(Group group, List<Map<String, Object>> rows) {
    var slots = laneSlots.get(group.lane());
    slots.acquireUninterruptibly();
    try {
      lanes.get(group.lane()).execute(() -> {
        try {
          apply(group, rows);
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          slots.release();
        }
      });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** Updates are idempotent: rows too big for the transaction memory are redone in halves. */
  private void apply(Group group, List<Map<String, Object>> rows) {
    MemoryErrors.retryInHalves(
        rows,
        // Another lane's batch may lock the same nodes (selectors on different properties).
        part -> Retry.onTransient(() -> {
          applyOnce(group, part);
          return null;
        }),
        (first, second) -> null,
        size -> log.warn(
            "{} updates of {} by {} ran out of transaction memory; in halves",
            size,
            group.type(),
            group.property()));
  }

  private void applyOnce(Group group, List<Map<String, Object>> rows) {
    // Naming each property (not SET n += map) tells the planner the update cannot touch the
    // properties it selects by, so rows stream through without an Eager buffer of them all. The
    // names are those of every update of this type and property so far (a row's missing ones keep
    // their value), so the statement's text, and its plan, rarely change.
    var sets = Cypher.setEachKeeping(
        "n",
        "row.props",
        names.widen(List.of(group.type(), group.property()), Rows.propertyNames(rows)));
    // Property, instance and run in one index: the selector is answered without reading nodes.
    // The hint keeps Neo4j on it even when it planned this while the type had few nodes.
    var index = List.of(group.property(), "_instanceId", "_runId");
    schema.ensureNodeIndex(group.type(), index);
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", rows);
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    long count = graph.autoCommit(
        "UNWIND $rows AS row"
            + " MATCH (n:" + Cypher.label(group.type()) + ")"
            + " USING INDEX SEEK " + Cypher.indexHint("n", group.type(), index) + " WHERE n."
            + Cypher.property(group.property())
            + " = row.value AND n._instanceId = $instanceId AND n._runId = $runId"
            + " CALL (n, row) { SET " + sets + " } IN TRANSACTIONS OF 500 ROWS"
            + " RETURN count(*) AS updated",
        parameters,
        result -> result.single().get("updated").asLong());
    updated.add(count);
  }
}
