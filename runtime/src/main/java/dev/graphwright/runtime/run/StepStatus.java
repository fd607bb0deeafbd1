package dev.graphwright.runtime.run;

/** How a step ended. */
public enum StepStatus {
  /** Ran to the end; every page was ingested. */
  SUCCESS,
  /** Ran to the end, but some pages or records failed: its types are partial. */
  PARTIAL,
  /** Ran to the end, but a step it depends on did not succeed: its types are partial. */
  PARTIAL_DUE_TO_DEPENDENCY_FAILURE,
  /** Threw: its types are partial. */
  FAILURE,
  /** Not run: the run was aborted by a fatal error, or the step was not selected. */
  NOT_RUN,
  /** Not run: switched off by its config field; its types are neither written nor deleted. */
  DISABLED;

  /** Whether the step's types may be cleaned by the stale-data sync. */
  public boolean complete() {
    return this == SUCCESS;
  }
}
