package dev.graphwright.test;

import static org.junit.jupiter.api.Assertions.fail;

import dev.graphwright.api.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks, in one call, what every integration must get right, by running it for real:
 *
 * <ol>
 *   <li>the run succeeds and writes only declared types;
 *   <li>every declared type that is not partial is written (or explicitly {@link #allowEmpty});
 *   <li>every node has {@code _key}, {@code _type} and {@code _class}, every relationship {@code
 *       _key} and {@code _type}, and keys are unique within the instance;
 *   <li>no relationship was dropped for a missing end;
 *   <li>entities carry the properties their type declares;
 *   <li>a second run over the same input leaves the graph identical;
 *   <li>a run in which a step fails deletes nothing (for each step, or those named in {@link
 *       #failureDrills}); a last normal run restores the graph.
 * </ol>
 *
 * <pre>{@code
 * Conformance.of(tester).allowEmpty("acme_admin").check().assertConforms();
 * }</pre>
 */
public final class Conformance {

  private final IntegrationTester tester;
  private final Set<String> allowedEmpty = new LinkedHashSet<>();
  private final Set<String> volatileProperties = new LinkedHashSet<>();
  private List<String> drills;

  private Conformance(IntegrationTester tester) {
    this.tester = tester;
  }

  public static Conformance of(IntegrationTester tester) {
    return new Conformance(tester);
  }

  /** Declared types this test's input legitimately leaves empty. */
  public Conformance allowEmpty(String... types) {
    allowedEmpty.addAll(List.of(types));
    return this;
  }

  /** Properties whose value legitimately changes between two runs (e.g. a fetch time). */
  public Conformance ignoreProperties(String... properties) {
    volatileProperties.addAll(List.of(properties));
    return this;
  }

  /** Fail only these steps in the failure drills (default: each step in turn). */
  public Conformance failureDrills(String... stepIds) {
    drills = List.of(stepIds);
    return this;
  }

  /** Runs the integration (2 + one run per failure drill + 1 times) and reports every problem. */
  public Report check() {
    var problems = new ArrayList<String>();
    var steps = tester.integration().steps();
    var first = tester.run();
    if (!"SUCCESS".equals(first.status())) {
      problems.add("the first run ended " + first.status() + ": " + stepErrors(first));
      return new Report(problems);
    }
    first
        .record()
        .undeclaredTypes()
        .forEach(t -> problems.add("type written but not declared: " + t));
    first
        .record()
        .dangling()
        .forEach(
            (t, n) -> problems.add(n + " relationships of " + t + " dropped: an end was missing"));
    var graph = tester.graph();
    checkDeclaredTypesWritten(steps, graph, problems);
    checkIdentity(graph, problems);
    checkDeclaredProperties(steps, graph, problems);

    var before = graph.snapshot();
    var second = tester.run();
    if (!"SUCCESS".equals(second.status())) {
      problems.add("the second run ended " + second.status() + ": " + stepErrors(second));
    } else {
      var after = graph.snapshot();
      for (var difference : withoutVolatile(before).differences(withoutVolatile(after), 20)) {
        problems.add("a second run over the same input changed the graph: " + difference);
      }
    }

    var ids = drills != null ? drills : steps.stream().map(s -> s.spec().id()).toList();
    for (var stepId : ids) {
      var counts = graph.countsByType();
      var drill = tester.failStep(stepId).run();
      tester.failStep(null);
      if (!"FAILURE".equals(drill.stepStatus(stepId))) {
        problems.add("step " + stepId + " was made to fail but ended " + drill.stepStatus(stepId));
      }
      var now = graph.countsByType();
      counts.forEach((type, n) -> {
        long left = now.getOrDefault(type, 0L);
        if (left < n) {
          problems.add("a run in which step " + stepId + " failed deleted " + (n - left) + " of "
              + n + " " + type);
        }
      });
    }
    if (!ids.isEmpty()) {
      var restore = tester.run();
      if (!"SUCCESS".equals(restore.status())) {
        problems.add("the run after the failure drills ended " + restore.status());
      }
    }
    return new Report(problems);
  }

  private void checkDeclaredTypesWritten(List<Step> steps, GraphView graph, List<String> problems) {
    var counts = graph.countsByType();
    for (var step : steps) {
      var spec = step.spec();
      var partial = Set.copyOf(spec.partialTypes());
      for (var type : spec.declaredTypes()) {
        if (!partial.contains(type)
            && !allowedEmpty.contains(type)
            && counts.getOrDefault(type, 0L) == 0) {
          problems.add("declared type " + type + " (step " + spec.id() + ") was not written;"
              + " allowEmpty(\"" + type + "\") if this input has none");
        }
      }
    }
  }

  private static void checkIdentity(GraphView graph, List<String> problems) {
    long missing = graph.count("MATCH (n {_instanceId: $instance})"
        + " WHERE n._key IS NULL OR n._type IS NULL OR n._class IS NULL RETURN count(n)");
    if (missing > 0) {
      problems.add(missing + " nodes lack _key, _type or _class");
    }
    long missingRel = graph.count("MATCH ()-[r]->() WHERE r._instanceId = $instance"
        + " AND (r._key IS NULL OR r._type IS NULL) RETURN count(r)");
    if (missingRel > 0) {
      problems.add(missingRel + " relationships lack _key or _type");
    }
    for (var row : graph.rows(
        "MATCH (n {_instanceId: $instance}) WITH n._key AS key, count(*) AS c WHERE c > 1"
            + " RETURN key, c LIMIT 10")) {
      problems.add("node key '" + row.get("key") + "' is used " + row.get("c") + " times");
    }
    for (var row : graph.rows("MATCH ()-[r]->() WHERE r._instanceId = $instance"
        + " WITH r._key AS key, count(*) AS c WHERE c > 1 RETURN key, c LIMIT 10")) {
      problems.add("relationship key '" + row.get("key") + "' is used " + row.get("c") + " times");
    }
  }

  private static void checkDeclaredProperties(
      List<Step> steps, GraphView graph, List<String> problems) {
    for (var step : steps) {
      for (var type : step.spec().entities()) {
        for (var property : type.properties()) {
          long missing = graph.count(
              "MATCH (n {_instanceId: $instance}) WHERE n._type = $type"
                  + " AND NOT n:Placeholder AND n[$property] IS NULL RETURN count(n)",
              Map.of("type", type.type(), "property", property));
          if (missing > 0) {
            problems.add(
                missing + " " + type.type() + " entities lack the declared property " + property);
          }
        }
      }
    }
  }

  private GraphSnapshot withoutVolatile(GraphSnapshot snapshot) {
    if (volatileProperties.isEmpty()) {
      return snapshot;
    }
    var nodes = new TreeMap<String, Map<String, Object>>();
    snapshot.nodes().forEach((k, v) -> nodes.put(k, strip(v)));
    var relationships = new TreeMap<String, Map<String, Object>>();
    snapshot.relationships().forEach((k, v) -> relationships.put(k, strip(v)));
    return new GraphSnapshot(nodes, relationships);
  }

  private Map<String, Object> strip(Map<String, Object> state) {
    var copy = new TreeMap<>(state);
    volatileProperties.forEach(copy::remove);
    return copy;
  }

  private static String stepErrors(TestRun run) {
    var errors = new ArrayList<String>();
    if (run.record().error() != null) {
      errors.add(run.record().error());
    }
    run.record().steps().stream()
        .filter(s -> s.error() != null || s.pageFailures() > 0)
        .forEach(s ->
            errors.add(s.id() + ": " + (s.error() != null ? s.error() : s.pageFailureSamples())));
    return String.join("; ", errors);
  }

  /**
   * What the check found.
   *
   * @param problems one line per problem; empty when the integration conforms
   */
  public record Report(List<String> problems) {

    public Report {
      problems = List.copyOf(problems);
    }

    public boolean conforms() {
      return problems.isEmpty();
    }

    /** Fails the test with every problem, one per line. */
    public void assertConforms() {
      if (!problems.isEmpty()) {
        fail("the integration does not conform:\n  - " + String.join("\n  - ", problems));
      }
    }
  }
}
