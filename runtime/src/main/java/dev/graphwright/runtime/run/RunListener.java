package dev.graphwright.runtime.run;

/**
 * Observes a run while it happens: a console board, a test or a log. The runner calls it from the
 * threads that run the steps, so implementations are thread-safe and return quickly.
 */
public interface RunListener {

  /** Observes nothing. */
  RunListener NONE = new RunListener() {};

  /** A step started; its progress object is updated by the step as it goes. */
  default void stepStarted(StepProgress progress) {}

  /** A step ended; {@link StepProgress#status()} holds how. */
  default void stepEnded(StepProgress progress) {}

  /**
   * Something the user should know about how this run goes, said before the steps start: that it
   * starts over as a first run, for example.
   */
  default void notice(String message) {}

  /** The run moved to a phase after the steps (mapping, reconciling, sync); empty when done. */
  default void phase(String description) {}
}
