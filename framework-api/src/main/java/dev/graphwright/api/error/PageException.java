package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/**
 * One page or record could not be ingested (malformed or truncated body, bad value). Steps report
 * it through {@code StepContext.reportPageFailure} and go on; the step's types become partial.
 */
public final class PageException extends IntegrationException {

  public PageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return "PAGE_FAILED";
  }

  @Override
  public boolean fatal() {
    return false;
  }
}
