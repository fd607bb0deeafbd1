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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.Neo4jException;
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
 */
public final class GraphWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

  private final Neo4jGraph graph;
  private final WriteScope scope;
  private final WriterSettings settings;
  private final WriteStats stats;
  private final java.util.concurrent.atomic.AtomicLong memorySplits =
      new java.util.concurrent.atomic.AtomicLong();
  // Per type, the most rows a batch may hold: lowered when a batch runs out of memory.
  private final Map<String, Integer> fittingRows = new ConcurrentHashMap<>();
  private final List<ExecutorService> lanes;
  private final Semaphore inFlightPermits;
  private final Map<String, Buffer> buffers = new LinkedHashMap<>();
  private final Map<String, GraphWriteException> failuresByStep = new ConcurrentHashMap<>();
  private final AtomicBoolean storeFailed = new AtomicBoolean();

  private final List<CompletableFuture<Void>> entityBatches = new ArrayList<>();
  private final AtomicInteger batchesInFlight = new AtomicInteger();
  private final ReentrantLock progressLock = new ReentrantLock();
  private final Condition progressed = progressLock.newCondition();

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
    submit(batch, CompletableFuture.allOf(before));
  }

  /** Runs a batch on its lane once {@code after} completes; producers wait for a free slot. */
  private CompletableFuture<Void> submit(Batch batch, CompletableFuture<?> after) {
    inFlightPermits.acquireUninterruptibly();
    batchesInFlight.incrementAndGet();
    return after.thenRunAsync(
        () -> {
          try {
            writeSplittingOnMemoryErrors(batch);
          } catch (RuntimeException e) {
            recordFailure(batch, e);
          } finally {
            batchesInFlight.decrementAndGet();
            inFlightPermits.release();
            signalProgress();
          }
        },
        lanes.get(batch.lane));
  }

  /**
   * Writes a batch, in halves when it runs out of transaction memory. The size that fitted is
   * remembered per type for the rest of the run, and later batches of that type are cut to it
   * before they are sent: rewriting existing objects takes more transaction memory than creating
   * them, and every failed attempt is work thrown away.
   */
  private void writeSplittingOnMemoryErrors(Batch batch) {
    int fits = fittingRows.getOrDefault(batch.type, Integer.MAX_VALUE);
    if (batch.rows.size() > fits) {
      for (int from = 0; from < batch.rows.size(); from += fits) {
        writeSplittingOnMemoryErrors(batch.slice(from, Math.min(batch.rows.size(), from + fits)));
      }
      return;
    }
    try {
      Retry.onTransient(() -> {
        write(batch);
        return null;
      });
    } catch (Neo4jException e) {
      if (!MemoryErrors.is(e) || batch.rows.size() < 2) {
        throw e;
      }
      int half = batch.rows.size() / 2;
      memorySplits.incrementAndGet();
      int before = fittingRows.getOrDefault(batch.type, Integer.MAX_VALUE);
      if (fittingRows.merge(batch.type, batch.rows.size() - half, Math::min) < before) {
        log.warn(
            "Batch of {} {} rows ran out of transaction memory; writing {} rows of that type at"
                + " most from now on",
            batch.rows.size(),
            batch.type,
            batch.rows.size() - half);
      }
      writeSplittingOnMemoryErrors(batch.slice(0, half));
      writeSplittingOnMemoryErrors(batch.slice(half, batch.rows.size()));
    }
  }

  private void write(Batch batch) {
    var parameters = new HashMap<String, Object>();
    parameters.put("rows", batch.rows);
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

  private void awaitIdle() {
    awaitCondition(() -> batchesInFlight.get() == 0);
  }

  private void awaitCondition(java.util.function.BooleanSupplier done) {
    progressLock.lock();
    try {
      while (!done.getAsBoolean()) {
        progressed.await(100, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphWriteException("interrupted while waiting for graph writes", e);
    } finally {
      progressLock.unlock();
    }
  }

  private void signalProgress() {
    progressLock.lock();
    try {
      progressed.signalAll();
    } finally {
      progressLock.unlock();
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
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    Set<String> steps = new HashSet<>();

    Buffer(boolean entities, int lane, String type, String query) {
      this.entities = entities;
      this.lane = lane;
      this.type = type;
      this.query = query;
    }

    /** Adds a row; returns the full batch to send, or null. */
    @Nullable
    Batch add(Map<String, Object> row, String stepId, int batchSize) {
      steps.add(stepId);
      var key = (String) row.get("key");
      var earlier = rows.get(key);
      if (earlier == null) {
        rows.put(key, row);
      } else {
        mergeDuplicate(earlier, row);
      }
      return rows.size() >= batchSize ? drain() : null;
    }

    @SuppressWarnings("unchecked")
    private void mergeDuplicate(Map<String, Object> earlier, Map<String, Object> later) {
      var before = (Map<String, Object>) earlier.get("props");
      var after = (Map<String, Object>) later.get("props");
      boolean same = java.util.Objects.equals(earlier.get("hash"), later.get("hash"));
      var merged = new HashMap<>(before);
      merged.putAll(after);
      earlier.put("props", merged);
      earlier.put("hash", later.get("hash"));
      earlier.put("raw", later.get("raw"));
      stats.duplicates(
          type,
          1,
          same
              ? List.of()
              : List.of(Map.of("key", later.get("key"), "before", before, "after", after)));
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
      boolean entities,
      int lane,
      String type,
      String query,
      List<Map<String, Object>> rows,
      Set<String> steps) {

    Batch slice(int from, int to) {
      return new Batch(entities, lane, type, query, rows.subList(from, to), steps);
    }
  }
}
