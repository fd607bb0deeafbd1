package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.runtime.run.RunRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An instance seeded by a clean run, and the runs that follow it {@link #LATER}: a later run's
 * window starts at the seed's start, so it is pointed at the same account with every date moved
 * on by as much ({@link Sims#later}) and sees the same hosts and findings again.
 *
 * @param before the instance's graph right after the seed run
 */
record SeededInstance(HostApp app, String instance, RunRecord seed, GraphSnapshot before) {

  /** How much later the second run happens. */
  static final Duration LATER = Duration.ofDays(10);

  /** A new instance after one successful run against {@code simulator}. */
  static SeededInstance seed(HostApp app, QualysSimulator simulator, String... env) {
    var instance = TestGraph.newInstance("seeded");
    var seed = app.run("qualys", instance, HostApp.qualysEnv(simulator, env));
    assertEquals(0, seed.exitCode(), "the seed run: " + seed);
    return new SeededInstance(app, instance, seed.record(), GraphSnapshot.of(instance));
  }

  /** A run {@link #LATER} with this environment. */
  HostApp.Outcome runLater(Map<String, String> env) {
    return app.run("qualys", instance, env, Clock.offset(Clock.systemUTC(), LATER));
  }

  /** What the seed run left in the graph that is gone now. */
  List<String> lostSinceSeed() {
    return before.missingIn(GraphSnapshot.of(instance));
  }

  /** What the seed run's step wrote. */
  Map<String, Long> seedCounts(String stepId) {
    return seed.steps().stream()
        .filter(s -> s.id().equals(stepId))
        .findFirst()
        .orElseThrow()
        .counts();
  }
}
