package dev.graphwright.neo4j;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries an idempotent write (MERGEs, {@code CALL … IN TRANSACTIONS}) on transient errors such as
 * deadlocks between concurrent batches, with exponential backoff and jitter. The writer, the
 * mapper and selector updates run their own transactions, which the driver does not retry.
 */
public final class Retry {

  private static final Logger log = LoggerFactory.getLogger(Retry.class);
  private static final int ATTEMPTS = 10;

  private Retry() {}

  public static <T> T onTransient(Supplier<T> statement) {
    for (int attempt = 1; ; attempt++) {
      try {
        return statement.get();
      } catch (RuntimeException e) {
        // Running out of transaction memory is "transient" to the driver, but the same statement
        // would fail again: the caller splits it instead.
        boolean memory = e instanceof Neo4jException n && MemoryErrors.is(n);
        if (!(e instanceof RetryableException) || memory || attempt >= ATTEMPTS) {
          throw e;
        }
        long pause =
            Math.min(2_000, 50L << attempt) + ThreadLocalRandom.current().nextLong(50);
        // Debug only: a few deadlocks between concurrent batches are normal; many show contention.
        log.debug(
            "Transient error, attempt {} of {}, again in {} ms: {}",
            attempt,
            ATTEMPTS,
            pause,
            e instanceof Neo4jException n ? n.code() : e.getClass().getSimpleName());
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
