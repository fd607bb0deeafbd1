package dev.graphwright.qualys.client.http;

import java.util.Objects;

/**
 * Carries an exception thrown by the caller's record handler through the client's retry and
 * page-failure machinery untouched: a handler failure is the caller's, so it is neither retried
 * nor reported as a page failure, and the facade rethrows its cause.
 */
public final class HandlerFailure extends RuntimeException {

  public HandlerFailure(RuntimeException cause) {
    super(cause.getMessage(), cause, false, false);
  }

  /** The handler's own exception. */
  public RuntimeException handlerException() {
    return (RuntimeException) Objects.requireNonNull(getCause());
  }

  /** Runs caller code, wrapping what it throws. */
  public static void call(Runnable handlerCall) {
    try {
      handlerCall.run();
    } catch (HandlerFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new HandlerFailure(e);
    }
  }
}
