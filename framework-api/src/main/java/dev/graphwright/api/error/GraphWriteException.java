package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/** The graph database refused a write after its own retries. Fails the step. */
public final class GraphWriteException extends IntegrationException {

  public GraphWriteException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return "GRAPH_WRITE";
  }

  @Override
  public boolean fatal() {
    return false;
  }
}
