package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/**
 * The graph database refused a write after its own retries. Fails the step; when the database
 * itself failed ({@link #storeFailed}: a full disk, a stopped server), stops the run, since no
 * later write could succeed either.
 */
public final class GraphWriteException extends IntegrationException {

  private final boolean storeFailed;

  public GraphWriteException(String message, @Nullable Throwable cause) {
    this(message, cause, false);
  }

  private GraphWriteException(String message, @Nullable Throwable cause, boolean storeFailed) {
    super(message, cause);
    this.storeFailed = storeFailed;
  }

  /** The database can take no more writes: the run stops (exit code 2) and deletes nothing. */
  public static GraphWriteException storeFailed(String message, @Nullable Throwable cause) {
    return new GraphWriteException(message, cause, true);
  }

  @Override
  public String code() {
    return storeFailed ? "GRAPH_STORE_FAILED" : "GRAPH_WRITE";
  }

  @Override
  public boolean fatal() {
    return storeFailed;
  }
}
