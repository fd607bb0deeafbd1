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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers entities and relationships and writes them in {@code UNWIND ... MERGE} batches on a
 * small pool of write transactions.
 *
 * <ul>
 *   <li>Memory is bounded: one partial batch per type plus at most {@code maxBatchesInFlight}
 *       batches queued or running; producers wait beyond that.
 *   <li>A relationship batch is only sent after every entity batch that was buffered before it has
 *       committed, so its ends exist when it runs.
 *   <li>A batch that runs out of transaction memory is split in halves and retried; transient
 *       errors (deadlocks) are retried by the driver.
 *   <li>A batch that still fails is recorded against the steps whose rows it held.
 * </ul>
 */
public final class GraphWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

  private final Neo4jGraph graph;
  private final WriteScope scope;
  private final WriterSettings settings;
  private final WriteStats stats;
  private final ExecutorService pool;
  private final Semaphore inFlightPermits;
  private final Map<String, Buffer> buffers = new LinkedHashMap<>();
  private final Map<String, GraphWriteException> failuresByStep = new ConcurrentHashMap<>();

  private final AtomicLong entitySequence = new AtomicLong();
  private final ConcurrentSkipListSet<Long> entityBatchesRunning = new ConcurrentSkipListSet<>();
  private final AtomicInteger batchesInFlight = new AtomicInteger();
  private final ReentrantLock progressLock = new ReentrantLock();
  private final Condition progressed = progressLock.newCondition();

  public GraphWriter(Neo4jGraph graph, WriteScope scope, WriterSettings settings) {
    this.graph = graph;
    this.scope = scope;
    this.settings = settings;
    this.stats = new WriteStats(settings.maxDuplicateSamples());
    this.inFlightPermits = new Semaphore(settings.maxBatchesInFlight());
    var threadNumber = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            settings.threads(),
            r -> {
              var thread = new Thread(r, "graph-writer-" + threadNumber.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
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
    var labels = new ArrayList<String>(entity.classes().size() + 1);
    labels.addAll(entity.classes());
    labels.add(entity.type());
    var bufferKey = "E|" + String.join(",", labels);
    var row = Rows.entity(entity, scope);
    Batch full;
    synchronized (buffers) {
      var buffer =
          buffers.computeIfAbsent(
              bufferKey, k -> new Buffer(true, entity.type(), WriteQueries.entities(labels)));
      full = buffer.add(row, stepId, settings.batchSize());
    }
    if (full != null) {
      submitEntities(full);
    }
  }

  /** Buffers a relationship written by {@code stepId}. */
  public void add(Relationship relationship, String stepId) {
    var bufferKey = "R|" + relationship.relClass() + "|" + relationship.type();
    var row = Rows.relationship(relationship, scope);
    Batch full;
    synchronized (buffers) {
      var buffer =
          buffers.computeIfAbsent(
              bufferKey,
              k ->
                  new Buffer(
                      false, relationship.type(), WriteQueries.relationships(relationship.relClass())));
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
    List<Batch> entities = new ArrayList<>();
    List<Batch> relationships = new ArrayList<>();
    synchronized (buffers) {
      for (var buffer : buffers.values()) {
        var batch = buffer.drain();
        if (batch != null) {
          (buffer.entities ? entities : relationships).add(batch);
        }
      }
    }
    entities.forEach(this::submitEntities);
    relationships.forEach(this::submitRelationships);
    awaitIdle();
  }

  /** The write failure recorded against a step, if any batch holding its rows failed. */
  public Optional<GraphWriteException> failureOf(String stepId) {
    return Optional.ofNullable(failuresByStep.get(stepId));
  }

  private void submitEntities(Batch batch) {
    long sequence = entitySequence.incrementAndGet();
    entityBatchesRunning.add(sequence);
    submit(batch, () -> entityBatchesRunning.remove(sequence));
  }

  private void submitRelationships(Batch batch) {
    // Entities buffered before this relationship batch must be committed before it runs.
    List<Batch> pendingEntities = new ArrayList<>();
    synchronized (buffers) {
      for (var buffer : buffers.values()) {
        if (buffer.entities) {
          var drained = buffer.drain();
          if (drained != null) {
            pendingEntities.add(drained);
          }
        }
      }
    }
    pendingEntities.forEach(this::submitEntities);
    awaitEntitiesUpTo(entitySequence.get());
    submit(batch, () -> {});
  }

  private void submit(Batch batch, Runnable onDone) {
    inFlightPermits.acquireUninterruptibly();
    batchesInFlight.incrementAndGet();
    pool.execute(
        () -> {
          try {
            writeSplittingOnMemoryErrors(batch);
          } catch (RuntimeException e) {
            recordFailure(batch, e);
          } finally {
            onDone.run();
            batchesInFlight.decrementAndGet();
            inFlightPermits.release();
            signalProgress();
          }
        });
  }

  private void writeSplittingOnMemoryErrors(Batch batch) {
    try {
      write(batch);
    } catch (Neo4jException e) {
      if (!isMemoryError(e) || batch.rows.size() < 2) {
        throw e;
      }
      int half = batch.rows.size() / 2;
      log.warn(
          "Batch of {} {} rows ran out of transaction memory; retrying in halves",
          batch.rows.size(),
          batch.type);
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
    graph.write(
        batch.query,
        parameters,
        result -> {
          var record = result.single();
          long unchanged = record.get("unchanged").asLong();
          long duplicates = record.get("duplicates").asLong();
          long written =
              batch.entities ? batch.rows.size() : record.get("written").asLong();
          stats.written(batch.type, written);
          stats.unchanged(batch.type, unchanged);
          if (!batch.entities) {
            stats.dangling(batch.type, batch.rows.size() - written);
          }
          stats.duplicates(
              batch.type, duplicates, record.get("samples").asList(v -> v.asMap()));
          return null;
        });
  }

  private static boolean isMemoryError(Neo4jException e) {
    var code = String.valueOf(e.code());
    return code.contains("OutOfMemory") || code.contains("MemoryLimit");
  }

  private void recordFailure(Batch batch, RuntimeException e) {
    log.error("Writing {} {} rows failed", batch.rows.size(), batch.type, e);
    var failure =
        new GraphWriteException(
            "writing " + batch.rows.size() + " '" + batch.type + "' objects failed: " + e.getMessage(),
            e);
    batch.steps.forEach(step -> failuresByStep.putIfAbsent(step, failure));
  }

  private void awaitEntitiesUpTo(long sequence) {
    awaitCondition(
        () -> entityBatchesRunning.isEmpty() || entityBatchesRunning.first() > sequence);
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
      pool.shutdown();
    }
  }

  /** Rows of one label set or relationship type waiting to be written. */
  private static final class Buffer {
    final boolean entities;
    final String type;
    final String query;
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> steps = new HashSet<>();

    Buffer(boolean entities, String type, String query) {
      this.entities = entities;
      this.type = type;
      this.query = query;
    }

    /** Adds a row; returns the full batch to send, or null. */
    Batch add(Map<String, Object> row, String stepId, int batchSize) {
      rows.add(row);
      steps.add(stepId);
      return rows.size() >= batchSize ? drain() : null;
    }

    Batch drain() {
      if (rows.isEmpty()) {
        return null;
      }
      var batch = new Batch(entities, type, query, rows, steps);
      rows = new ArrayList<>();
      steps = new HashSet<>();
      return batch;
    }
  }

  /** A batch on its way to the database. */
  private record Batch(
      boolean entities,
      String type,
      String query,
      List<Map<String, Object>> rows,
      Set<String> steps) {

    Batch slice(int from, int to) {
      return new Batch(entities, type, query, rows.subList(from, to), steps);
    }
  }
}
