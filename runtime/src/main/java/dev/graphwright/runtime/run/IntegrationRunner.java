package dev.graphwright.runtime.run;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.PreviewDiff;
import dev.graphwright.neo4j.RunStore;
import dev.graphwright.neo4j.ScratchInstance;
import dev.graphwright.neo4j.StoreFaults;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.mapping.MappingStats;
import dev.graphwright.neo4j.session.GraphSession;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.raw.FileRawArchive;
import dev.graphwright.runtime.raw.RawRetention;
import dev.graphwright.runtime.raw.ReplayArchive;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one integration instance end to end: lock the instance, check the invocation, run the steps,
 * resolve mapped relationships, reconcile placeholders, delete what is proven stale, count, and
 * record the run. A fatal error skips everything after the steps, so nothing is deleted.
 */
public final class IntegrationRunner {

  private static final Logger log = LoggerFactory.getLogger(IntegrationRunner.class);

  private final Neo4jGraph graph;
  private final RunnerSettings settings;
  private final Clock clock;
  private final RunListener listener;

  public IntegrationRunner(
      Neo4jGraph graph, RunnerSettings settings, Clock clock, RunListener listener) {
    this.graph = graph;
    this.settings = settings;
    this.clock = clock;
    this.listener = listener;
  }

  public RunRecord run(RunRequest request) {
    HeapPeak.watchCollections();
    var integration = request.integration().integration();
    var planner = new StepPlanner(integration.steps()).checkSwitches(integration.configFields());
    var disabled = planner.disabledIn(request.config());
    request.onlyStep().filter(disabled::contains).ifPresent(id -> {
      throw new ConfigException("step '" + id + "' is switched off by its config field '"
          + planner.steps().get(id).spec().enabledBy() + "'; set it to true to run the step");
    });
    var selected = new LinkedHashSet<String>(request
        .onlyStep()
        .map(id -> {
          var ancestors = planner.withAncestors(id);
          return request.withAncestors() ? ancestors : Set.of(id);
        })
        .orElse(planner.steps().keySet()));
    selected.removeAll(disabled);
    if (!disabled.isEmpty()) {
      log.info("Steps switched off by the config: {}", String.join(", ", disabled));
    }
    var now = clock.instant();
    var runId = RunIds.next(now);
    var instanceId = request.instanceId();
    var store = new RunStore(graph);
    var holder = store.lock(instanceId, runId, now);
    if (holder.isPresent()) {
      throw new ConfigException(
          "another run (" + holder.get() + ") of instance '" + instanceId + "' is in progress;"
              + " wait for it to end (a killed run's lock expires after "
              + RunStore.STALE_AFTER.toSeconds() + " s)");
    }
    MDC.put("run", runId);
    MDC.put("instance", instanceId);
    var heartbeat = heartbeat(store, instanceId, runId);
    try {
      if (!request.preview()) {
        // A preview leaves the graph as it was: no line of history either.
        store.started(runId, integration.id(), instanceId, now, List.copyOf(disabled));
      }
      var lastSuccess = request.replayOf().isPresent()
          ? request.replayLastSuccess()
          : store.lastSuccessfulStart(instanceId);
      if (lastSuccess.isPresent() && request.replayOf().isEmpty() && scopeChanged(store, request)) {
        lastSuccess = Optional.empty();
      }
      var execution = new ExecutionInfo(
          runId,
          integration.id(),
          instanceId,
          request.replayStartedAt().orElse(now),
          lastSuccess,
          request.replayOf().isPresent());
      log.info(
          "Run '{}' of '{}' started (last successful run: {})",
          runId,
          instanceId,
          lastSuccess.map(Object::toString).orElse("none"));
      var record = execute(request, planner, selected, disabled, execution, now);
      if (!request.preview()) {
        bestEffort(
            "record the run's end",
            () -> store.finished(
                runId,
                record.status(),
                Instant.parse(record.endedAt()),
                Json.write(record.totals()),
                Json.write(record)));
      }
      log.info("Run '{}' ended {} in {} ms", runId, record.status(), record.durationMs());
      return record;
    } finally {
      heartbeat.shutdownNow();
      bestEffort("release the instance's lock", () -> store.unlock(instanceId, runId));
      MDC.remove("run");
      MDC.remove("instance");
    }
  }

  private RunRecord execute(
      RunRequest request,
      StepPlanner planner,
      Set<String> selected,
      Set<String> disabled,
      ExecutionInfo execution,
      Instant startedAt) {
    var counters = new Counters();
    var archive = archive(request, execution);
    // A preview writes into a scratch instance that stands in for the real one, then drops it.
    var scope = request.preview()
        ? new WriteScope(
            execution.instanceId() + "~preview-" + execution.runId(),
            execution.runId(),
            execution.instanceId())
        : new WriteScope(execution.instanceId(), execution.runId());
    var schema = new GraphSchema(graph);
    var instanceWork = settings.dataDir().resolve("work").resolve(execution.instanceId());
    // We hold the instance's lock: any other work directory here is a crashed run's leftover.
    deleteWorkDir(instanceWork);
    var spoolDir = instanceWork.resolve(execution.runId());
    var builder = new RunRecordBuilder(execution, request, startedAt);
    try (var session = new GraphSession(graph, schema, scope, settings.writer(), spoolDir);
        var resources = new SharedRunResources(
            execution, stepLastSuccess(execution, planner), request.config(), counters, archive)) {
      if (request.replayOf().isEmpty()) {
        // A replay sends no request: the original run checked the account.
        checkInvocation(request, counters);
      }
      var scheduler = new StepScheduler(planner, selected, settings.stepParallelism());
      long stepsStarted = System.nanoTime();
      var result = scheduler.run(
          new StepExecution(resources, session, listener, request.integration().classLoader()));
      builder.phase("steps", stepsStarted);
      var outcomes = new LinkedHashMap<>(result.outcomes());
      disabled.forEach(id -> outcomes.put(id, StepOutcome.disabled(id)));
      builder.steps(planner, outcomes);
      var plan = new SyncPlan(planner.steps(), outcomes);
      builder.types(plan);
      if (result.fatal() != null) {
        builder.fatal(result.fatal());
      } else {
        afterSteps(session, plan, builder);
        if (request.preview()) {
          previewChanges(planner, plan, scope, builder);
        }
      }
    } catch (RuntimeException e) {
      // Outside a step (the invocation check, the mapper, the sync) any error stops the run; it
      // is recorded as FAILED, never left RUNNING, and nothing more is deleted.
      log.error("Run '{}' stopped", execution.runId(), e);
      builder.fatal(StoreFaults.isStoreFailure(e) ? StoreFaults.stopped(e, Errors.oneLine(e)) : e);
    } finally {
      deleteWorkDir(spoolDir);
      if (request.preview()) {
        dropScratch(planner, scope);
      }
    }
    builder.metrics(counters.snapshot());
    if (builder.storeFailed()) {
      // The database takes no more statements: the record goes out without totals.
      log.error(
          "Run '{}': the graph database failed, so its totals are not counted", execution.runId());
    } else {
      long counting = System.nanoTime();
      builder.totals(
          GraphTotals.count(graph, execution.instanceId(), planner.steps().values()));
      builder.phase("totals", counting);
      log.info("Graph totals counted in {} ms", millisSince(counting));
    }
    return builder.build(clock.instant(), ConfigLoader.printable(request.config()));
  }

  /** Whether a scope field changed since the last successful run; says so when it did. */
  private boolean scopeChanged(RunStore store, RunRequest request) {
    var previous = store
        .lastSuccessfulRecord(request.instanceId())
        .map(json -> Json.read(json, RunRecord.class).config())
        .orElse(null);
    if (previous == null) {
      return false;
    }
    var change = ScopeChange.between(
        request.integration().integration().configFields(), request.config(), previous);
    change.ifPresent(what -> {
      var message = "the scope changed since the last successful run (" + what + "): this run"
          + " fetches everything in scope, as a first run does";
      log.warn(message);
      listener.notice(message);
    });
    return change.isPresent();
  }

  /** Per step, its own last success; only asked for when the run has one and is no replay. */
  private Map<String, Instant> stepLastSuccess(ExecutionInfo execution, StepPlanner planner) {
    if (execution.replay() || execution.lastSuccessfulRunStartedAt().isEmpty()) {
      return Map.of();
    }
    return new RunStore(graph)
        .lastSuccessfulStartOfEachStep(execution.instanceId(), planner.steps().keySet());
  }

  private void afterSteps(GraphSession session, SyncPlan plan, RunRecordBuilder builder) {
    listener.phase("resolving " + session.mappedRelationshipCount() + " mapped relationships");
    long started = System.nanoTime();
    MappingStats mapping = session.resolveMappedRelationships(settings.mappingBatch());
    builder.phase("mapping", started);
    builder.mapping(mapping);
    if (session.scope().standsInFor() != null) {
      // A preview neither adopts (that would move other instances' placeholders) nor deletes.
      listener.phase("");
      return;
    }
    listener.phase("reconciling placeholders");
    started = System.nanoTime();
    session.reconcilePlaceholders(plan.entityTypesWritten());
    builder.phase("reconcile", started);
    log.info("Placeholders reconciled in {} ms", millisSince(started));
    listener.phase("deleting stale data");
    started = System.nanoTime();
    var sync = session.syncStaleData(plan.syncTypes(), settings.maxDeleteShare());
    builder.phase("sync", started);
    log.info("Stale data sync deleted {} in {} ms", sync.deleted(), millisSince(started));
    builder.sync(sync);
    builder.writes(session.writer().stats());
    listener.phase("");
  }

  /** Compares the scratch instance with the real one, type by type. */
  private void previewChanges(
      StepPlanner planner, SyncPlan plan, WriteScope scope, RunRecordBuilder builder) {
    listener.phase("comparing with the graph");
    long started = System.nanoTime();
    var cleaned = new java.util.HashSet<String>();
    plan.syncTypes().forEach(t -> cleaned.add(t.type()));
    var types = new java.util.ArrayList<PreviewDiff.ComparedType>();
    for (var step : planner.steps().values()) {
      var spec = step.spec();
      spec.entities()
          .forEach(e ->
              types.add(new PreviewDiff.ComparedType(e.type(), null, cleaned.contains(e.type()))));
      spec.relationships()
          .forEach(r -> types.add(
              new PreviewDiff.ComparedType(r.type(), r.relClass(), cleaned.contains(r.type()))));
      spec.mappedRelationships()
          .forEach(m -> types.add(
              new PreviewDiff.ComparedType(m.type(), m.relClass(), cleaned.contains(m.type()))));
    }
    var changes = new PreviewDiff(graph, scope.standsInFor(), scope.instanceId()).compare(types);
    builder.preview(changes, settings.maxDeleteShare());
    builder.phase("compare", started);
    listener.phase("");
  }

  private void dropScratch(StepPlanner planner, WriteScope scope) {
    listener.phase("dropping the preview's scratch data");
    var relClasses = new java.util.TreeSet<String>();
    for (var step : planner.steps().values()) {
      step.spec().relationships().forEach(r -> relClasses.add(r.relClass()));
      step.spec().mappedRelationships().forEach(m -> relClasses.add(m.relClass()));
    }
    try {
      ScratchInstance.drop(graph, scope.instanceId(), relClasses);
    } catch (RuntimeException e) {
      log.error(
          "Could not drop the preview's scratch instance '{}'; delete its nodes with"
              + " MATCH (n {_instanceId: $id}) DETACH DELETE n",
          scope.instanceId(),
          e);
    } finally {
      listener.phase("");
    }
  }

  /**
   * Bookkeeping after the run that a failed database cannot take: the run's record is returned all
   * the same, the history keeps it RUNNING and the next run marks it CRASHED (a dead process's
   * lock is taken over at once). Any other error propagates.
   */
  private static void bestEffort(String what, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      if (!StoreFaults.isStoreFailure(e)) {
        throw e;
      }
      log.error("Could not {}: the graph database failed ({})", what, Errors.oneLine(e));
    }
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private void checkInvocation(RunRequest request, RunMetrics metrics) {
    var loaded = request.integration();
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loaded.classLoader());
    try {
      var context = invocationContext(request.config(), metrics);
      var lines = loaded.integration().validateInvocation(context);
      lines.forEach(line -> log.info("Invocation check: {}", line));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  public static InvocationContext invocationContext(IntegrationConfig config, RunMetrics metrics) {
    return new InvocationContext() {
      @Override
      public IntegrationConfig config() {
        return config;
      }

      @Override
      public Logger logger() {
        return LoggerFactory.getLogger("integration.invocation");
      }

      @Override
      public RunMetrics metrics() {
        return metrics;
      }
    };
  }

  private RawArchive archive(RunRequest request, ExecutionInfo execution) {
    if (request.replayOf().isPresent()) {
      return new ReplayArchive(
          settings.rawRoot(), execution.instanceId(), request.replayOf().get());
    }
    if (!settings.rawArchive() || request.preview()) {
      return RawArchive.passThrough();
    }
    RawRetention.prune(
        settings.rawRoot(),
        execution.instanceId(),
        settings.rawKeepRuns() - 1,
        settings.rawMaxBytes());
    return new FileRawArchive(settings.rawRoot(), execution.instanceId(), execution.runId());
  }

  private ScheduledExecutorService heartbeat(RunStore store, String instanceId, String runId) {
    var executor = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("run-heartbeat").daemon().factory());
    var unused = executor.scheduleAtFixedRate(
        () -> {
          try {
            store.heartbeat(instanceId, runId, clock.instant());
          } catch (RuntimeException e) {
            log.warn("Run heartbeat failed: {}", e.getMessage());
          }
        },
        10,
        10,
        TimeUnit.SECONDS);
    return executor;
  }

  private static void deleteWorkDir(java.nio.file.Path dir) {
    try {
      if (java.nio.file.Files.exists(dir)) {
        try (var walk = java.nio.file.Files.walk(dir)) {
          for (var path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            java.nio.file.Files.deleteIfExists(path);
          }
        }
      }
    } catch (java.io.IOException e) {
      log.warn("Cannot delete the work directory {}: {}", dir, e.getMessage());
    }
  }
}
