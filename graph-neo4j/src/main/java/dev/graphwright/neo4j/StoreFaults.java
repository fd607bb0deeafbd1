package dev.graphwright.neo4j;

import dev.graphwright.api.error.GraphWriteException;
import java.util.function.Predicate;
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

  private static final String DISK_FULL = "No space left on device";

  private StoreFaults() {}

  /** Whether {@code error} (or a cause) is a write to a full disk. */
  public static boolean isDiskFull(Throwable error) {
    return anyCause(error, t -> t.getMessage() != null && t.getMessage().contains(DISK_FULL));
  }

  /** Whether {@code error} (or a cause) means the database can take no more writes. */
  public static boolean isStoreFailure(Throwable error) {
    return isDiskFull(error)
        || anyCause(
            error,
            t -> t instanceof DatabaseException
                || t instanceof ServiceUnavailableException
                || t instanceof SessionExpiredException
                || (t.getMessage() != null && t.getMessage().contains("needs to be restarted")));
  }

  /**
   * The fatal error that stops a run after a store failure, saying whether the disk is full.
   *
   * @param detail what failed, in one line
   */
  public static GraphWriteException stopped(Throwable error, String detail) {
    var what = isDiskFull(error)
        ? "no space left on the disk"
        : "the graph database stopped taking writes";
    return GraphWriteException.storeFailed(what + " (" + detail + ")", error);
  }

  private static boolean anyCause(Throwable error, Predicate<Throwable> test) {
    // getCause() is null when a throwable is its own cause, so the walk ends.
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}
