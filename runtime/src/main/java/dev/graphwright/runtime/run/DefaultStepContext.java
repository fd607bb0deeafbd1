package dev.graphwright.runtime.run;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.Progress;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.state.JobState;
import dev.graphwright.neo4j.session.Neo4jJobState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context one step runs with. */
final class DefaultStepContext implements StepContext {

  private static final int MAX_FAILURE_SAMPLES = 10;

  private final String stepId;
  private final SharedRunResources run;
  private final Neo4jJobState jobState;
  private final StepProgress progress;
  private final Logger logger;
  private final LongAdder pageFailures = new LongAdder();
  private final List<String> failureSamples = new ArrayList<>();

  DefaultStepContext(
      String stepId, SharedRunResources run, Neo4jJobState jobState, StepProgress progress) {
    this.stepId = stepId;
    this.run = run;
    this.jobState = jobState;
    this.progress = progress;
    this.logger =
        LoggerFactory.getLogger("integration." + run.execution().integrationId() + "." + stepId);
  }

  @Override
  public ExecutionInfo execution() {
    return run.execution(stepId);
  }

  @Override
  public IntegrationConfig config() {
    return run.config();
  }

  @Override
  public Logger logger() {
    return logger;
  }

  @Override
  public Progress progress() {
    return progress;
  }

  @Override
  public RunMetrics metrics() {
    return run.metrics();
  }

  @Override
  public JobState jobState() {
    return jobState;
  }

  @Override
  public RawArchive rawArchive() {
    return run.rawArchive();
  }

  @Override
  public void reportPageFailure(String what, Throwable error) {
    pageFailures.increment();
    var line = what + ": " + Errors.oneLine(error);
    synchronized (failureSamples) {
      if (failureSamples.size() < MAX_FAILURE_SAMPLES) {
        failureSamples.add(line);
      }
    }
    logger.warn("Page failed in step '{}': {}", stepId, line);
  }

  @Override
  public <T> T runResource(Class<T> type, Function<RunResources, T> factory) {
    return run.get(type, factory);
  }

  Neo4jJobState neo4jJobState() {
    return jobState;
  }

  long pageFailures() {
    return pageFailures.sum();
  }

  List<String> failureSamples() {
    synchronized (failureSamples) {
      return List.copyOf(failureSamples);
    }
  }
}
