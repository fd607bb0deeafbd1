package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.api.error.IntegrationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the selected steps in dependency order, independent steps in parallel on a bounded pool.
 *
 * <ul>
 *   <li>A step starts when all its selected dependencies have finished, whatever their status: a
 *       failed step's dependents still run, and end as {@link
 *       StepStatus#PARTIAL_DUE_TO_DEPENDENCY_FAILURE}.
 *   <li>A fatal error stops the run: no new step starts, running steps are interrupted, and the
 *       rest end as {@link StepStatus#NOT_RUN}.
 * </ul>
 */
public final class StepScheduler {

  /** Runs one step; throws {@link FatalRunException} to abort the run. */
  @FunctionalInterface
  public interface StepRunner {
    StepOutcome run(Step step);
  }

  /** Thrown by a {@link StepRunner} when the error must stop the whole run. */
  public static final class FatalRunException extends RuntimeException {
    private final transient StepOutcome outcome;
    private final IntegrationException error;

    public FatalRunException(StepOutcome outcome, IntegrationException error) {
      super(error.getMessage(), error);
      this.outcome = outcome;
      this.error = error;
    }

    public IntegrationException error() {
      return error;
    }
  }

  /** What the scheduler ended with. */
  public record Result(Map<String, StepOutcome> outcomes, IntegrationException fatal) {}

  private final StepPlanner planner;
  private final Set<String> selected;
  private final int parallelism;

  public StepScheduler(StepPlanner planner, Set<String> selected, int parallelism) {
    this.planner = planner;
    this.selected = selected;
    this.parallelism = Math.max(1, parallelism);
  }

  public Result run(StepRunner runner) {
    var outcomes = new LinkedHashMap<String, StepOutcome>();
    var remainingDeps = new HashMap<String, Integer>();
    for (var id : planner.topologicalOrder()) {
      if (selected.contains(id)) {
        int deps = (int) planner.steps().get(id).spec().dependsOn().stream()
            .filter(selected::contains)
            .count();
        remainingDeps.put(id, deps);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        parallelism, Thread.ofPlatform().name("step-", 1).daemon().factory());
    var completion = new ExecutorCompletionService<StepOutcome>(pool);
    // Futures have no value equality: the map is keyed by the very future the pool returned.
    var running = new IdentityHashMap<Future<StepOutcome>, String>();
    var started = new HashSet<String>();
    IntegrationException fatal = null;
    try {
      startReady(remainingDeps, started, completion, running, runner);
      while (!running.isEmpty()) {
        var done = take(completion);
        var id = running.remove(done);
        StepOutcome outcome;
        try {
          outcome = done.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while running steps", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof FatalRunException f) {
            fatal = f.error();
            outcomes.put(id, f.outcome);
            cancelAll(running);
            break;
          }
          throw new IllegalStateException("step runner failed for '" + id + "'", e.getCause());
        }
        outcomes.put(id, adjustForDependencies(outcome, outcomes));
        for (var dependent : planner.dependents(id)) {
          remainingDeps.computeIfPresent(dependent, (k, n) -> n - 1);
        }
        startReady(remainingDeps, started, completion, running, runner);
      }
    } finally {
      pool.shutdownNow();
    }
    for (var id : planner.topologicalOrder()) {
      if (selected.contains(id)) {
        outcomes.putIfAbsent(id, StepOutcome.notRun(id));
      }
    }
    return new Result(outcomes, fatal);
  }

  private void startReady(
      Map<String, Integer> remainingDeps,
      Set<String> started,
      ExecutorCompletionService<StepOutcome> completion,
      Map<Future<StepOutcome>, String> running,
      StepRunner runner) {
    for (var id : planner.topologicalOrder()) {
      if (remainingDeps.getOrDefault(id, -1) == 0 && started.add(id)) {
        var step = planner.steps().get(id);
        running.put(completion.submit(() -> runner.run(step)), id);
      }
    }
  }

  private StepOutcome adjustForDependencies(StepOutcome outcome, Map<String, StepOutcome> done) {
    if (outcome.status() != StepStatus.SUCCESS && outcome.status() != StepStatus.PARTIAL) {
      return outcome;
    }
    boolean ancestorFailed = planner.withAncestors(outcome.id()).stream()
        .filter(a -> !a.equals(outcome.id()))
        .map(done::get)
        .anyMatch(o -> o != null && o.status() != StepStatus.SUCCESS);
    if (!ancestorFailed) {
      return outcome;
    }
    return new StepOutcome(
        outcome.id(),
        StepStatus.PARTIAL_DUE_TO_DEPENDENCY_FAILURE,
        outcome.durationMs(),
        outcome.counts(),
        outcome.error(),
        outcome.pageFailures(),
        outcome.pageFailureSamples());
  }

  private static Future<StepOutcome> take(ExecutorCompletionService<StepOutcome> completion) {
    try {
      return completion.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running steps", e);
    }
  }

  private static void cancelAll(Map<Future<StepOutcome>, String> running) {
    new ArrayList<>(running.keySet()).forEach(f -> f.cancel(true));
    running.clear();
  }
}
