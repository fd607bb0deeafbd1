package dev.graphwright.test;

import com.google.inject.Guice;
import dev.graphwright.api.HostServices;
import dev.graphwright.api.Integration;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.IntegrationRunner;
import dev.graphwright.runtime.run.LoadedIntegration;
import dev.graphwright.runtime.run.RunListener;
import dev.graphwright.runtime.run.RunRequest;
import dev.graphwright.runtime.run.RunnerSettings;
import dev.graphwright.runtime.run.StepProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Runs an integration the way the host does — the real step scheduler, writer, mapper, placeholder
 * reconciliation and stale-data sync — against a real Neo4j ({@link TestNeo4j}), and shows the test
 * what the run did and what the graph now holds.
 *
 * <pre>{@code
 * var tester = IntegrationTester.of(AcmeIntegration.class).config("ACME_API_URL", server.baseUrl());
 * var run = tester.run();
 * run.assertSucceeded();
 * assertEquals(3, tester.graph().count("MATCH (n:acme_user {_instanceId: $instance}) RETURN count(n)"));
 * Conformance.of(tester).check().assertConforms();
 * }</pre>
 *
 * <p>Each tester writes into an instance of its own (a fresh id unless {@link #instance} names one),
 * so tests sharing the database never see each other's objects. Runs of one tester are incremental
 * like the host's: the second run sees the first as its last successful run.
 */
public final class IntegrationTester {

  private final Integration integration;
  private final Map<String, String> settings = new LinkedHashMap<>();
  private String instanceId;
  private Clock clock = Clock.systemUTC();
  private UnaryOperator<List<Step>> stepRewrite = UnaryOperator.identity();
  private double maxDeleteShare = RunnerSettings.DEFAULT_MAX_DELETE_SHARE;
  private final Path dataDir;

  private IntegrationTester(Integration integration) {
    this.integration = integration;
    this.instanceId = integration.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.dataDir = TempDirs.create("graphwright-test-run");
  }

  /** Tests this integration object. */
  public static IntegrationTester of(Integration integration) {
    return new IntegrationTester(integration);
  }

  /**
   * Creates the integration the way the host does: by injection, with {@link #services()} bound
   * to {@link HostServices}.
   */
  public static IntegrationTester of(Class<? extends Integration> type) {
    return of(type, services());
  }

  /** Creates the integration by injection with these host services. */
  public static IntegrationTester of(Class<? extends Integration> type, HostServices services) {
    var injector =
        Guice.createInjector(binder -> binder.bind(HostServices.class).toInstance(services));
    return of(injector.getInstance(type));
  }

  /** Host services as a test host offers them: the system clock, a scratch directory. */
  public static HostServices services() {
    return new HostServices(
        Clock.systemUTC(),
        TempDirs.create("graphwright-test-work"),
        "graphwright-test",
        Duration.ofSeconds(10),
        Duration.ofSeconds(60));
  }

  /** Sets a config value by field name ({@code acmeApiUrl}) or variable ({@code ACME_API_URL}). */
  public IntegrationTester config(String nameOrVariable, String value) {
    settings.put(nameOrVariable, value);
    return this;
  }

  /** Sets several config values; see {@link #config(String, String)}. */
  public IntegrationTester config(Map<String, String> values) {
    settings.putAll(values);
    return this;
  }

  /** Removes a config value, so the field's default applies again. */
  public IntegrationTester unset(String nameOrVariable) {
    settings.remove(nameOrVariable);
    return this;
  }

  /** Writes into this instance instead of a fresh one (e.g. to share it with another tester). */
  public IntegrationTester instance(String instanceId) {
    this.instanceId = instanceId;
    return this;
  }

  /** The clock the runner uses for run ids and run times. */
  public IntegrationTester clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /**
   * The deletion guard of the next runs: the largest share of a type's objects (of 100 or more)
   * a run may delete; 1 allows everything. The host's default is 0.5.
   */
  public IntegrationTester maxDeleteShare(double share) {
    this.maxDeleteShare = share;
    return this;
  }

  public String instanceId() {
    return instanceId;
  }

  public Integration integration() {
    return integration;
  }

  /** The graph of this tester's instance. */
  public GraphView graph() {
    return new GraphView(TestNeo4j.graph(), instanceId);
  }

  /** The validated config the next run uses; a bad value fails like it fails in the host. */
  public IntegrationConfig loadConfig() {
    return configOf(integration, settings);
  }

  static IntegrationConfig configOf(Integration integration, Map<String, String> values) {
    var fields = integration.configFields();
    var environment = new HashMap<String, String>();
    values.forEach((key, value) -> environment.put(variableOf(fields, key), value));
    return new ConfigLoader(environment).load(fields, Optional.empty());
  }

  /** Runs every step, then mapping, reconciliation and stale-data sync. */
  public TestRun run() {
    return execute(null);
  }

  /** Runs one step and the steps it depends on, then mapping and sync of what ran. */
  public TestRun runStep(String stepId) {
    return execute(stepId);
  }

  /**
   * The next runs see these steps instead of the integration's (e.g. to fail one on purpose);
   * {@link UnaryOperator#identity()} undoes it.
   */
  public IntegrationTester rewriteSteps(UnaryOperator<List<Step>> rewrite) {
    this.stepRewrite = rewrite;
    return this;
  }

  /** The next runs fail this step at its start, with this message; null undoes it. */
  public IntegrationTester failStep(String stepId) {
    if (stepId == null) {
      return rewriteSteps(UnaryOperator.identity());
    }
    return rewriteSteps(steps -> FailingStep.replace(steps, Set.of(stepId)));
  }

  private TestRun execute(String onlyStep) {
    var config = loadConfig();
    var progress = new ConcurrentHashMap<String, StepProgress>();
    RunListener listener = new RunListener() {
      @Override
      public void stepStarted(StepProgress step) {
        progress.put(step.stepId(), step);
      }
    };
    var runner = new IntegrationRunner(
        TestNeo4j.graph(),
        RunnerSettings.defaults(dataDir).withMaxDeleteShare(maxDeleteShare),
        clock,
        listener);
    var subject = new RewrittenIntegration(integration, stepRewrite);
    var loaded =
        new LoadedIntegration(subject, "test", "test", integration.getClass().getClassLoader());
    var request = RunRequest.of(loaded, instanceId, config);
    if (onlyStep != null) {
      request = request.stepWithAncestors(onlyStep);
    }
    var record = runner.run(request);
    return new TestRun(record, Map.copyOf(progress), graph(), dataDir.resolve("raw"));
  }

  private static String variableOf(List<ConfigField> fields, String key) {
    for (var field : fields) {
      if (field.name().equals(key) || field.envVar().equals(key)) {
        return field.envVar();
      }
    }
    throw new IllegalArgumentException("no config field '" + key + "'; fields: "
        + fields.stream().map(f -> f.name() + " (" + f.envVar() + ")").toList());
  }
}
