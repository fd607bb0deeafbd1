package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of the errors integrations and the host throw on purpose. A {@link #fatal()} error stops
 * the integration instance's run (exit code 2); any other fails only the step that threw it.
 */
public abstract class IntegrationException extends RuntimeException {

  protected IntegrationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** A stable, upper-snake code for the run record, e.g. {@code PROVIDER_AUTHENTICATION}. */
  public abstract String code();

  /** Whether the whole run must stop. */
  public abstract boolean fatal();
}
