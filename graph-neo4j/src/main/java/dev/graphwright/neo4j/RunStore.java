package dev.graphwright.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Run history and the per-instance run lock, kept in the graph ({@code :GraphwrightRun}, {@code
 * :GraphwrightLock}) so that an external Neo4j carries them too.
 */
public final class RunStore {

  private static final int STEP_HISTORY = 200;

  /** One line of history. */
  public record RunRow(
      String runId,
      String integration,
      String instanceId,
      Instant startedAt,
      @Nullable Instant endedAt,
      String status,
      long durationMs,
      String totalsJson) {}

  /** Heartbeats older than this mean the run holding the lock is gone (crashed or killed). */
  public static final Duration STALE_AFTER = Duration.ofSeconds(45);

  private final Neo4jGraph graph;

  public RunStore(Neo4jGraph graph) {
    this.graph = graph;
  }

  /**
   * Takes the instance's run lock, or tells who holds it. A lock is taken over, and its run marked
   * {@code CRASHED}, when its holder is gone: a process on this machine that no longer exists
   * (killed), or any holder whose heartbeat is older than {@link #STALE_AFTER}.
   *
   * @return empty when the lock was taken, else the run id holding it
   */
  public Optional<String> lock(String instanceId, String runId, Instant now) {
    var params = new HashMap<String, Object>();
    params.put("instanceId", instanceId);
    params.put("runId", runId);
    params.put("now", now.toEpochMilli());
    params.put("staleBefore", now.minus(STALE_AFTER).toEpochMilli());
    params.put("host", LockHolder.host());
    params.put("pid", ProcessHandle.current().pid());
    params.put("deadPid", deadHolderPid(instanceId));
    var holder = graph.write("""
            MERGE (l:`GraphwrightLock` {instanceId: $instanceId})
            WITH l, l.runId AS previous,
                 coalesce(l.heartbeat, 0) < $staleBefore
                   OR (l.host = $host AND l.pid = $deadPid) AS stale
            FOREACH (_ IN CASE WHEN previous IS NULL OR stale THEN [1] ELSE [] END |
              SET l.runId = $runId, l.heartbeat = $now, l.host = $host, l.pid = $pid)
            RETURN CASE WHEN previous IS NULL OR stale THEN null ELSE previous END AS holder,
                   CASE WHEN stale THEN previous END AS crashed
            """, params, result -> result.single().asMap());
    var crashed = (String) holder.get("crashed");
    if (crashed != null) {
      graph.write(
          "MATCH (r:`GraphwrightRun` {runId: $runId}) WHERE r.status = 'RUNNING'"
              + " SET r.status = 'CRASHED'",
          Map.of("runId", crashed));
    }
    return Optional.ofNullable((String) holder.get("holder"));
  }

  /** The pid holding the lock from this machine, if that process is gone; else -1. */
  private long deadHolderPid(String instanceId) {
    var holder = graph.read(
        "MATCH (l:`GraphwrightLock` {instanceId: $instanceId}) RETURN l.host AS host, l.pid AS pid",
        Map.of("instanceId", instanceId),
        result -> result.hasNext() ? result.next().asMap() : Map.<String, Object>of());
    var pid = holder.get("pid");
    if (!LockHolder.host().equals(holder.get("host")) || !(pid instanceof Number number)) {
      return -1;
    }
    return LockHolder.alive(number.longValue()) ? -1 : number.longValue();
  }

  /** Proves the lock holder is alive. */
  public void heartbeat(String instanceId, String runId, Instant now) {
    graph.write(
        "MATCH (l:`GraphwrightLock` {instanceId: $instanceId, runId: $runId}) SET l.heartbeat = $now",
        Map.of("instanceId", instanceId, "runId", runId, "now", now.toEpochMilli()));
  }

  public void unlock(String instanceId, String runId) {
    graph.write(
        "MATCH (l:`GraphwrightLock` {instanceId: $instanceId, runId: $runId}) DELETE l",
        Map.of("instanceId", instanceId, "runId", runId));
  }

  /** Records that a run started. */
  public void started(
      String runId,
      String integration,
      String instanceId,
      Instant startedAt,
      List<String> disabledSteps) {
    graph.write(
        "CREATE (:`GraphwrightRun` {runId: $runId, integration: $integration,"
            + " instanceId: $instanceId, startedAt: $startedAt, status: 'RUNNING',"
            + " disabledSteps: $disabledSteps})",
        Map.of(
            "runId", runId,
            "integration", integration,
            "instanceId", instanceId,
            "startedAt", startedAt.toEpochMilli(),
            "disabledSteps", disabledSteps));
  }

  /**
   * For each step, when the last successful run in which it ran (was not switched off) started;
   * steps without one are absent. Looks at the latest {@value #STEP_HISTORY} successful runs.
   */
  public Map<String, Instant> lastSuccessfulStartOfEachStep(
      String instanceId, Collection<String> stepIds) {
    return graph.read(
        "MATCH (r:`GraphwrightRun` {instanceId: $instanceId}) WHERE r.status = 'SUCCESS'"
            + " RETURN r.startedAt AS started, coalesce(r.disabledSteps, []) AS disabled"
            + " ORDER BY r.startedAt DESC LIMIT " + STEP_HISTORY,
        Map.of("instanceId", instanceId),
        result -> {
          var found = new HashMap<String, Instant>();
          result.forEachRemaining(r -> {
            var disabled = r.get("disabled").asList(Value::asString);
            var started = Instant.ofEpochMilli(r.get("started").asLong());
            for (var id : stepIds) {
              if (!disabled.contains(id)) {
                found.putIfAbsent(id, started);
              }
            }
          });
          return found;
        });
  }

  /** Records how a run ended, with its full record as JSON. */
  public void finished(
      String runId, String status, Instant endedAt, String totalsJson, String recordJson) {
    graph.write(
        "MATCH (r:`GraphwrightRun` {runId: $runId}) SET r.status = $status, r.endedAt = $endedAt,"
            + " r.durationMs = $endedAt - r.startedAt, r.totals = $totals, r.record = $record",
        Map.of(
            "runId", runId,
            "status", status,
            "endedAt", endedAt.toEpochMilli(),
            "totals", totalsJson,
            "record", recordJson));
  }

  /** When the last fully successful run of the instance started. */
  public Optional<Instant> lastSuccessfulStart(String instanceId) {
    return graph.read(
        "MATCH (r:`GraphwrightRun` {instanceId: $instanceId}) WHERE r.status = 'SUCCESS'"
            + " RETURN max(r.startedAt) AS started",
        Map.of("instanceId", instanceId),
        result -> {
          var value = result.single().get("started");
          return value.isNull()
              ? Optional.<Instant>empty()
              : Optional.of(Instant.ofEpochMilli(value.asLong()));
        });
  }

  /** The record (JSON) of the instance's last successful run, if it has one. */
  public Optional<String> lastSuccessfulRecord(String instanceId) {
    return graph.read(
        "MATCH (r:`GraphwrightRun` {instanceId: $instanceId}) WHERE r.status = 'SUCCESS'"
            + " RETURN r.record AS record ORDER BY r.startedAt DESC LIMIT 1",
        Map.of("instanceId", instanceId),
        result -> result.hasNext()
            ? Optional.ofNullable(result.next().get("record").asString(null))
            : Optional.<String>empty());
  }

  /** The most recent runs, newest first, of one instance or (when null) all. */
  public List<RunRow> recent(String instanceId, int limit) {
    var params = new HashMap<String, Object>();
    params.put("instanceId", instanceId);
    params.put("limit", limit);
    return graph.read(
        "MATCH (r:`GraphwrightRun`) WHERE $instanceId IS NULL OR r.instanceId = $instanceId"
            + " RETURN r ORDER BY r.startedAt DESC LIMIT $limit",
        params,
        result -> result.list(record -> {
          var r = record.get("r").asMap();
          long started = ((Number) required(r, "startedAt")).longValue();
          var ended = (Number) r.get("endedAt");
          var duration = (Number) r.get("durationMs");
          return new RunRow(
              (String) required(r, "runId"),
              (String) required(r, "integration"),
              (String) required(r, "instanceId"),
              Instant.ofEpochMilli(started),
              ended == null ? null : Instant.ofEpochMilli(ended.longValue()),
              (String) required(r, "status"),
              duration == null ? 0 : duration.longValue(),
              (String) r.getOrDefault("totals", "{}"));
        }));
  }

  /** A run's full record (JSON). */
  public Optional<String> record(String runId) {
    return graph.read(
        "MATCH (r:`GraphwrightRun` {runId: $runId}) RETURN r.record AS record",
        Map.of("runId", runId),
        result -> result.hasNext()
            ? Optional.ofNullable(result.next().get("record").asString(null))
            : Optional.<String>empty());
  }

  /** A property every run node has. */
  private static Object required(Map<String, Object> run, String property) {
    return Objects.requireNonNull(run.get(property), () -> "a run node without " + property);
  }
}
