package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.neo4j.StoreFaults;
import dev.graphwright.neo4j.session.GraphSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one step with its context and turns whatever happened into a {@link StepOutcome}: page
 * failures make it {@code PARTIAL}, an exception makes it {@code FAILURE}, a fatal error aborts the
 * run. The step's buffered writes are committed before it counts as finished, so its dependents
 * read them.
 */
final class StepExecution implements StepScheduler.StepRunner {

  private static final Logger log = LoggerFactory.getLogger(StepExecution.class);

  private final SharedRunResources run;
  private final GraphSession session;
  private final RunListener listener;
  private final ClassLoader pluginLoader;

  StepExecution(
      SharedRunResources run,
      GraphSession session,
      RunListener listener,
      ClassLoader pluginLoader) {
    this.run = run;
    this.session = session;
    this.listener = listener;
    this.pluginLoader = pluginLoader;
  }

  @Override
  public StepOutcome run(Step step) {
    var id = step.spec().id();
    var progress = new StepProgress(id);
    listener.stepStarted(progress);
    var context = new DefaultStepContext(id, run, session.jobState(id), progress);
    long started = System.nanoTime();
    var thread = Thread.currentThread();
    var previousLoader = thread.getContextClassLoader();
    thread.setContextClassLoader(pluginLoader);
    MDC.put("run", run.execution().runId());
    MDC.put("instance", run.execution().instanceId());
    MDC.put("step", id);
    log.info("Step '{}' started", id);
    Throwable failure = null;
    try {
      step.execute(context);
    } catch (Throwable e) {
      failure = e;
    } finally {
      thread.setContextClassLoader(previousLoader);
    }
    try {
      session.flush();
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    var writeFailure = session.writer().failureOf(id);
    if (failure == null && writeFailure.isPresent()) {
      failure = writeFailure.get();
    }
    if (failure != null
        && !(failure instanceof IntegrationException)
        && StoreFaults.isStoreFailure(failure)) {
      // The step's own statement met a failed database (a full disk): no other step can write.
      failure = StoreFaults.stopped(failure, Errors.oneLine(failure));
    }
    var outcome = outcome(context, step, failure, (System.nanoTime() - started) / 1_000_000);
    progress.ended(outcome.status());
    listener.stepEnded(progress);
    log.info(
        "Step '{}' ended {} in {} ms: {}",
        id,
        outcome.status(),
        outcome.durationMs(),
        outcome.counts());
    MDC.remove("step");
    if (failure instanceof IntegrationException e && e.fatal()) {
      throw new StepScheduler.FatalRunException(outcome, e);
    }
    return outcome;
  }

  private static StepOutcome outcome(
      DefaultStepContext context, Step step, Throwable failure, long durationMs) {
    StepStatus status;
    String error = null;
    if (failure != null) {
      status = StepStatus.FAILURE;
      error = Errors.oneLine(failure);
      if (failure instanceof IntegrationException e && e.fatal()) {
        log.error("Step '{}' hit a fatal error: {}", step.spec().id(), error);
      } else {
        log.error("Step '{}' failed", step.spec().id(), failure);
      }
    } else {
      status = context.pageFailures() > 0 ? StepStatus.PARTIAL : StepStatus.SUCCESS;
    }
    return new StepOutcome(
        step.spec().id(),
        status,
        durationMs,
        context.neo4jJobState().emitted(),
        error,
        context.pageFailures(),
        context.failureSamples());
  }
}
