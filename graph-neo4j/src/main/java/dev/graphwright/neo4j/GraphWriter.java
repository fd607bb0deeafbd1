package dev.graphwright.neo4j;

import dev.graphwright.api.error.GraphWriteException;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers entities and relationships and writes them in {@code UNWIND ... MERGE} batches on a
 * few concurrent write transactions.
 *
 * <ul>
 *   <li>Keys are spread over lanes (one thread each) by hash: the lanes write in parallel, while
 *       the writes of one key keep their order, so a duplicate's later value wins.
 *   <li>Memory is bounded: one partial batch per type plus at most {@code maxBatchesInFlight}
 *       batches queued or running; producers wait beyond that.
 *   <li>A relationship batch only runs after every entity batch that was buffered before it has
 *       committed, so its ends exist when it runs; producers never wait for that.
 *   <li>A batch that runs out of transaction memory is split in halves and retried, and later
 *       batches of its type are cut to the size that fitted; transient errors (deadlocks between
 *       lanes) are retried with backoff ({@link Retry}).
 *   <li>A batch that still fails is recorded against the steps whose rows it held.
 * </ul>
 *
 * <p>How the threads meet: producers (the steps) add rows to per-type {@code buffers} under their
 * monitor, which is the only lock a producer takes besides its wait for an in-flight slot ({@code
 * inFlightPermits}). Each full batch becomes one future on its lane; {@code entityBatches} holds
 * the entity futures not yet done, which a relationship batch chains on; {@code inFlight} holds
 * every future not yet done, which {@link #flush} waits for. The lanes never take the buffers'
 * monitor, so a producer holding it can always wait for a slot.
 */
public final class GraphWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

  private final Neo4jGraph graph;
  private final WriteScope scope;
  private final WriterSettings settings;
  private final WriteStats stats;
  private final AtomicLong memorySplits = new AtomicLong();
  // Per type, the most rows a batch may hold: lowered when a batch runs out of memory.
  private final Map<String, Integer> fittingRows = new ConcurrentHashMap<>();
  private final List<ExecutorService> lanes;
  private final Semaphore inFlightPermits;
  private final Map<String, Buffer> buffers = new LinkedHashMap<>();
  private final Map<String, GraphWriteException> failuresByStep = new ConcurrentHashMap<>();
  private final AtomicBoolean storeFailed = new AtomicBoolean();

  private final List<CompletableFuture<Void>> entityBatches = new ArrayList<>();
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

  public GraphWriter(Neo4jGraph graph, WriteScope scope, WriterSettings settings) {
    this.graph = graph;
    this.scope = scope;
    this.settings = settings;
    this.stats = new WriteStats(settings.maxDuplicateSamples());
    this.inFlightPermits = new Semaphore(settings.maxBatchesInFlight());
    this.lanes = DaemonLanes.create("graph-writer", settings.threads());
  }

  /** The lane of a key: one key always goes to the same lane, so its writes keep their order. */
  private int lane(String key) {
    return Math.floorMod(key.hashCode(), lanes.size());
  }

  /** How many batches ran out of transaction memory and were written in halves. */
  public long memorySplits() {
    return memorySplits.get();
  }

  /** What was written so far. */
  public WriteStats stats() {
    return stats;
  }

  public WriteScope scope() {
    return scope;
  }

  /** Buffers an entity written by {@code stepId}. */
  public void add(Entity entity, String stepId) {
    int lane = lane(entity.key());
    // Labels travel in the row (one statement for all), so a type's rows share a buffer.
    var bufferKey = "E|" + lane + "|" + entity.type();
    var row = Rows.entity(entity, scope);
    synchronized (buffers) {
      var buffer = buffers.computeIfAbsent(
          bufferKey, k -> new Buffer(true, lane, entity.type(), WriteQueries.entities()));
      var batch = buffer.add(row, stepId, settings.batchSize());
      if (batch != null) {
        submitEntitiesLocked(batch);
      }
    }
  }

  /** Buffers a relationship written by {@code stepId}. */
  public void add(Relationship relationship, String stepId) {
    int lane = lane(relationship.key());
    var bufferKey = "R|" + lane + "|" + relationship.relClass() + "|" + relationship.type();
    var row = Rows.relationship(relationship, scope);
    Batch full;
    synchronized (buffers) {
      var buffer = buffers.computeIfAbsent(
          bufferKey,
          k -> new Buffer(
              false,
              lane,
              relationship.type(),
              WriteQueries.relationships(relationship.relClass())));
      full = buffer.add(row, stepId, settings.batchSize());
    }
    if (full != null) {
      submitRelationships(full);
    }
  }

  /**
   * Sends everything buffered and waits until all batches have committed. Readers call this before
   * reading, so a step sees its own writes.
   */
  public void flush() {
    List<Batch> relationships = new ArrayList<>();
    synchronized (buffers) {
      for (var buffer : buffers.values()) {
        var batch = buffer.drain();
        if (batch == null) {
          continue;
        }
        if (buffer.entities) {
          submitEntitiesLocked(batch);
        } else {
          relationships.add(batch);
        }
      }
    }
    relationships.forEach(this::submitRelationships);
    awaitIdle();
  }

  /** The write failure recorded against a step, if any batch holding its rows failed. */
  public Optional<GraphWriteException> failureOf(String stepId) {
    return Optional.ofNullable(failuresByStep.get(stepId));
  }

  /**
   * Sends an entity batch while the buffers are locked, and registers its future: a relationship
   * batch drained by another thread right after must wait for it. The batch takes its slot and
   * is queued on its lane at once, so every registered future will complete: a relationship batch
   * holding a slot while it waits can never starve the entity batches it waits for. (Registering
   * first and queueing after the unlock deadlocked: waiting relationship batches held every slot.)
   * Waiting for the slot under the lock only holds back other producers; the lanes never take it.
   */
  private void submitEntitiesLocked(Batch batch) {
    var written = submit(batch, CompletableFuture.completedFuture(null));
    synchronized (entityBatches) {
      entityBatches.removeIf(CompletableFuture::isDone);
      entityBatches.add(written);
    }
  }

  /**
   * A relationship batch runs once every entity batch submitted before it has committed (its ends
   * must exist), without blocking the producer: it is chained on those batches' futures.
   */
  private void submitRelationships(Batch batch) {
    synchronized (buffers) {
      for (var buffer : buffers.values()) {
        if (buffer.entities) {
          var drained = buffer.drain();
          if (drained != null) {
            submitEntitiesLocked(drained);
          }
        }
      }
    }
    CompletableFuture<?>[] before;
    synchronized (entityBatches) {
      before = entityBatches.toArray(CompletableFuture[]::new);
    }
    var unused = submit(batch, CompletableFuture.allOf(before)); // flush() waits for it
  }

  /**
   * Runs a batch on its lane once {@code after} completes; producers wait for a free slot. The
   * future it returns completes normally when the batch is written or its failure recorded.
   */
  @SuppressWarnings("UndefinedEquals") // inFlight holds these very futures: identity is right
  private CompletableFuture<Void> submit(Batch batch, CompletableFuture<?> after) {
    inFlightPermits.acquireUninterruptibly();
    var written = new CompletableFuture<Void>();
    inFlight.add(written);
    var unused = after.thenRunAsync(
        () -> {
          try {
            writeFitting(batch);
          } catch (RuntimeException e) {
            recordFailure(batch, e);
          } finally {
            inFlightPermits.release();
            inFlight.remove(written);
            written.complete(null);
          }
        },
        lanes.get(batch.lane));
    return written;
  }

  /**
   * Writes a batch, in halves when it runs out of transaction memory. The size that fitted is
   * remembered per type for the rest of the run, and later batches of that type are cut to it
   * before they are sent: rewriting existing objects takes more transaction memory than creating
   * them, and every failed attempt is work thrown away.
   */
  private void writeFitting(Batch batch) {
    int step = Math.min(batch.rows.size(), fittingRows.getOrDefault(batch.type, Integer.MAX_VALUE));
    for (int from = 0; from < batch.rows.size(); from += step) {
      var slice = batch.rows.subList(from, Math.min(batch.rows.size(), from + step));
      MemoryErrors.retryInHalves(
          slice,
          rows -> Retry.onTransient(() -> {
            write(batch.withRows(rows));
            return null;
          }),
          (first, second) -> null,
          size -> shrinkFitting(batch.type, size));
    }
  }

  /** A batch of {@code size} rows of {@code type} ran out of memory: its halves are the limit. */
  private void shrinkFitting(String type, int size) {
    memorySplits.incrementAndGet();
    int fits = size - size / 2;
    int before = fittingRows.getOrDefault(type, Integer.MAX_VALUE);
    if (fittingRows.merge(type, fits, Math::min) < before) {
      log.warn(
          "Batch of {} {} rows ran out of transaction memory; writing {} rows of that type at"
              + " most from now on",
          size,
          type,
          fits);
    }
  }

  private void write(Batch batch) {
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", batch.rows.stream().map(Row::parameter).toList());
    parameters.put("instanceId", scope.instanceId());
    parameters.put("runId", scope.runId());
    parameters.put("samples", settings.maxDuplicateSamples());
    var record = graph.writeOnce(batch.query, parameters, Result::single);
    long unchanged = record.get("unchanged").asLong();
    long duplicates = record.get("duplicates").asLong();
    long written = batch.entities ? batch.rows.size() : record.get("written").asLong();
    stats.written(batch.type, written);
    stats.unchanged(batch.type, unchanged);
    if (!batch.entities) {
      stats.dangling(batch.type, batch.rows.size() - written);
    }
    stats.duplicates(batch.type, duplicates, record.get("samples").asList(v -> v.asMap()));
  }

  private void recordFailure(Batch batch, RuntimeException e) {
    var message =
        "writing " + batch.rows.size() + " '" + batch.type + "' objects failed: " + e.getMessage();
    GraphWriteException failure;
    if (StoreFaults.isStoreFailure(e)) {
      // Every batch after the first fails the same way: one report is enough.
      if (storeFailed.compareAndSet(false, true)) {
        log.error("The graph database failed: {}", message, e);
      } else {
        log.debug("Writing {} {} rows failed too", batch.rows.size(), batch.type);
      }
      failure = StoreFaults.stopped(e, message);
    } else {
      log.error("Writing {} {} rows failed", batch.rows.size(), batch.type, e);
      failure = new GraphWriteException(message, e);
    }
    batch.steps.forEach(step -> failuresByStep.putIfAbsent(step, failure));
  }

  /** Waits until no batch is queued or running, including those queued while it waits. */
  private void awaitIdle() {
    while (!inFlight.isEmpty()) {
      try {
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GraphWriteException("interrupted while waiting for graph writes", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a write future failed: it never should", e);
      }
    }
  }

  /** Flushes, then stops the write threads. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      lanes.forEach(ExecutorService::shutdown);
    }
  }

  /**
   * Rows of one label set or relationship type waiting to be written. A key added twice before
   * the batch leaves is merged here (later properties win, like in the database), so one batch
   * never holds the same key twice.
   */
  private final class Buffer {
    final boolean entities;
    final int lane;
    final String type;
    final String query;
    Map<String, Row> rows = new LinkedHashMap<>();
    Set<String> steps = new HashSet<>();

    Buffer(boolean entities, int lane, String type, String query) {
      this.entities = entities;
      this.lane = lane;
      this.type = type;
      this.query = query;
    }

    /** Adds a row; returns the full batch to send, or null. */
    @Nullable
    Batch add(Row row, String stepId, int batchSize) {
      steps.add(stepId);
      rows.merge(row.key(), row, this::mergeDuplicate);
      return rows.size() >= batchSize ? drain() : null;
    }

    /** The later row, with the earlier one's properties that it does not set (later ones win). */
    private Row mergeDuplicate(Row earlier, Row later) {
      var merged = new HashMap<>(earlier.props());
      merged.putAll(later.props());
      boolean same = Objects.equals(earlier.hash(), later.hash());
      stats.duplicates(
          type,
          1,
          same
              ? List.of()
              : List.of(
                  Map.of("key", later.key(), "before", earlier.props(), "after", later.props())));
      return later.withProps(merged);
    }

    @Nullable
    Batch drain() {
      if (rows.isEmpty()) {
        return null;
      }
      var batch = new Batch(entities, lane, type, query, new ArrayList<>(rows.values()), steps);
      rows = new LinkedHashMap<>();
      steps = new HashSet<>();
      return batch;
    }
  }

  /** A batch on its way to the database. */
  private record Batch(
      boolean entities, int lane, String type, String query, List<Row> rows, Set<String> steps) {

    Batch withRows(List<Row> part) {
      return new Batch(entities, lane, type, query, part, steps);
    }
  }
}
