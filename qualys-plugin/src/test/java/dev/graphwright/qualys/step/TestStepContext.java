package dev.graphwright.qualys.step;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.api.Progress;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.state.JobState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context one step runs with in these tests: the run's shared parts from {@link StepRun}
 * (config, metrics, archive, run resources) and the step's own job state on the real graph. Page
 * failures are kept, so a test can insist there were none.
 */
final class TestStepContext implements StepContext {

  private final StepRun run;
  private final JobState jobState;
  private final Logger logger;
  private final CountingProgress progress = new CountingProgress();
  private final List<String> pageFailures = new CopyOnWriteArrayList<>();

  TestStepContext(StepRun run, String stepId, JobState jobState) {
    this.run = run;
    this.jobState = jobState;
    this.logger = LoggerFactory.getLogger("test.qualys." + stepId);
  }

  @Override
  public ExecutionInfo execution() {
    return run.execution();
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
    return run.archive();
  }

  @Override
  public void reportPageFailure(String what, Throwable error) {
    pageFailures.add(what + ": " + error);
  }

  @Override
  public <T> T runResource(Class<T> type, Function<RunResources, T> factory) {
    return run.resource(type, factory);
  }

  List<String> pageFailures() {
    return List.copyOf(pageFailures);
  }

  /** Items the step said it processed. */
  long advanced() {
    return progress.advanced.sum();
  }

  private static final class CountingProgress implements Progress {
    final LongAdder advanced = new LongAdder();

    @Override
    public void expect(String unit, long total) {}

    @Override
    public void advance(long items) {
      advanced.add(items);
    }

    @Override
    public void page() {}
  }
}
