package dev.graphwright.api;

/**
 * One unit of ingestion: fetches from the source and writes graph objects through the context.
 *
 * <p>A step should read top to bottom as get, transform, load, one page at a time; it must never
 * collect a whole account in memory. Steps with no dependency between them may run in parallel,
 * so a step must be safe to run concurrently with any step that is not its ancestor.
 */
public interface Step {

  /** The declaration: id, dependencies and the types the step writes. */
  StepSpec spec();

  /**
   * Runs the step.
   *
   * @throws dev.graphwright.api.error.IntegrationException to fail the step (or, when fatal, the
   *     run); any other exception fails the step
   */
  void execute(StepContext context) throws Exception;
}
