package dev.graphwright.neo4j;

import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells the errors after which the graph takes no more writes from those that fail one batch. A
 * {@code Neo.DatabaseError} is the database's own failure (it could not append to its transaction
 * log because the disk is full, it panicked and needs a restart); an unavailable server or an
 * expired session, once the retries are spent, means the database stopped. Either way no later
 * write of the run can succeed, so the run stops instead of failing every step in turn.
 */
public final class StoreFaults {

  private StoreFaults() {}

  /** Whether {@code error} (or a cause) is a write to a full disk. */
  public static boolean isDiskFull(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code error} (or a cause) means the database can take no more writes. */
  public static boolean isStoreFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof DatabaseException
          || t instanceof ServiceUnavailableException
          || t instanceof SessionExpiredException) {
        return true;
      }
      var message = t.getMessage();
      if (message != null
          && (message.contains("No space left on device") || message.contains("needs to be restarted"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
