package dev.graphwright.qualys.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.GraphSession;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.WriterSettings;
import dev.graphwright.neo4j.mapping.MappingStats;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.QualysRun;
import dev.graphwright.qualys.Windows;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.testing.CountingMetrics;
import dev.graphwright.qualys.testing.RecordingArchive;
import dev.graphwright.qualys.testing.TestConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One run of Qualys steps, executed one by one the way the host does (each step's writes are
 * flushed before the next starts), against a simulator and into the shared test Neo4j. Run
 * resources (the {@link QualysRun} with its real client) are created through the steps' own
 * {@code QualysRun.of(context)} path and closed with the run.
 */
final class StepRun implements AutoCloseable {

  private final ExecutionInfo execution;
  private final IntegrationConfig config;
  private final GraphSession session;
  private final RecordingArchive archive = new RecordingArchive();
  private final CountingMetrics metrics = new CountingMetrics();
  private final Map<Class<?>, Object> resources = new ConcurrentHashMap<>();
  private final List<TestStepContext> contexts = new ArrayList<>();

  private StepRun(ExecutionInfo execution, IntegrationConfig config, Path spoolDir) {
    this.execution = execution;
    this.config = config;
    var graph = TestGraph.graph();
    this.session =
        new GraphSession(
            graph, new GraphSchema(graph), new WriteScope(execution.instanceId(), execution.runId()),
            WriterSettings.defaults(), spoolDir.resolve(execution.runId()));
  }

  /**
   * A run of {@code instance} starting at {@code startedAt}, incremental when {@code lastSuccess}
   * is given, with the simulator's URL and credentials plus {@code settings} (config field names).
   */
  static StepRun of(
      QualysSimulator simulator,
      String instance,
      Instant startedAt,
      Optional<Instant> lastSuccess,
      Map<String, String> settings,
      Path spoolDir) {
    var runId = "run-" + startedAt.toEpochMilli() + "-" + System.nanoTime();
    var execution = new ExecutionInfo(runId, "qualys", instance, startedAt, lastSuccess, false);
    var config =
        TestConfig.of(simulator.baseUrl(), simulator.options().username(),
            simulator.options().password(), settings);
    return new StepRun(execution, config, spoolDir);
  }

  /**
   * Executes the steps in order, each with a fresh context, committing each step's writes before
   * the next; a failed write or any page failure fails the test.
   */
  StepRun execute(Step... steps) throws Exception {
    for (var step : steps) {
      var id = step.spec().id();
      var context = new TestStepContext(this, id, session.jobState(id));
      contexts.add(context);
      step.execute(context);
      session.flush();
      var writeFailure = session.writer().failureOf(id);
      if (writeFailure.isPresent()) {
        throw writeFailure.get();
      }
      assertEquals(List.of(), context.pageFailures(), "page failures in step " + id);
    }
    return this;
  }

  /** Resolves the mapped relationships recorded so far, as the host does after the steps. */
  MappingStats resolveMappings() {
    return session.resolveMappedRelationships(1_000);
  }

  /** Mapped relationships recorded (spooled) so far. */
  long mappedRelationshipCount() {
    return session.mappedRelationshipCount();
  }

  /** This run's windows, as the steps see them. */
  Windows windows() {
    return QualysRun.of(new TestStepContext(this, "windows", session.jobState("windows"))).windows();
  }

  /** A one-number Cypher query with {@code $i} bound to this run's instance, {@code $run} to its id. */
  long count(String cypher) {
    return TestGraph.count(cypher, parameters());
  }

  /** A query's first column as text, in the query's order. */
  List<String> strings(String cypher) {
    return TestGraph.graph().read(cypher, parameters(), r -> r.list(x -> x.get(0).asString()));
  }

  /** A query of (text key, count) rows as a map. */
  Map<String, Long> countsBy(String cypher) {
    return TestGraph.graph().read(cypher, parameters(), r -> {
      var counts = new TreeMap<String, Long>();
      r.forEachRemaining(x -> counts.put(x.get(0).asString(), x.get(1).asLong()));
      return counts;
    });
  }

  private Map<String, Object> parameters() {
    return Map.of("i", instance(), "run", runId());
  }

  /** The context of the n-th step executed. */
  TestStepContext context(int index) {
    return contexts.get(index);
  }

  ExecutionInfo execution() {
    return execution;
  }

  String instance() {
    return execution.instanceId();
  }

  String runId() {
    return execution.runId();
  }

  IntegrationConfig config() {
    return config;
  }

  CountingMetrics metrics() {
    return metrics;
  }

  RecordingArchive archive() {
    return archive;
  }

  <T> T resource(Class<T> type, Function<StepContext.RunResources, T> factory) {
    return type.cast(resources.computeIfAbsent(type, t -> factory.apply(new Resources())));
  }

  @Override
  public void close() throws Exception {
    try {
      for (var resource : resources.values()) {
        if (resource instanceof AutoCloseable closeable) {
          closeable.close();
        }
      }
    } finally {
      session.close();
    }
  }

  private final class Resources implements StepContext.RunResources {
    @Override
    public ExecutionInfo execution() {
      return execution;
    }

    @Override
    public IntegrationConfig config() {
      return config;
    }

    @Override
    public CountingMetrics metrics() {
      return metrics;
    }

    @Override
    public RawArchive rawArchive() {
      return archive;
    }
  }
}
