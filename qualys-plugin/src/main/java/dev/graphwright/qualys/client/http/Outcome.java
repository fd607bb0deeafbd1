package dev.graphwright.qualys.client.http;

import org.jspecify.annotations.Nullable;

/** The result of one attempt: a parsed page, or a reason to try again. */
sealed interface Outcome<R> {

  record Done<R>(R value) implements Outcome<R> {}

  /**
   * @param reason what went wrong, for logs and the final error
   * @param conflict a 409 (counted against the 409 budget, waits {@code waitNanos})
   * @param waitNanos the announced wait of a 409
   * @param code Qualys' code, when there was one
   * @param status the HTTP status, 0 without a response
   * @param cause the exception, when there was one
   */
  record Again<R>(
      String reason,
      boolean conflict,
      long waitNanos,
      @Nullable String code,
      int status,
      @Nullable Throwable cause)
      implements Outcome<R> {}

  static <R> Again<R> again(String reason, boolean conflict, @Nullable Throwable cause) {
    return new Again<>(reason, conflict, 0, null, 0, cause);
  }
}
