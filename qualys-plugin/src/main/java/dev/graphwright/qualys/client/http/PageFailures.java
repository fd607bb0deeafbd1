package dev.graphwright.qualys.client.http;

import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.api.error.PageException;
import dev.graphwright.api.error.ProviderAuthorizationException;
import dev.graphwright.qualys.client.handler.PageFailureHandler;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Page-level isolation: a page that fails after its retries is reported and the rest goes on.
 * Fatal errors (authentication), a forbidden API, cancellation and the caller's own handler
 * failures still stop the whole operation.
 */
public final class PageFailures {

  private PageFailures() {}

  /**
   * Runs one page (or page sequence), reporting a non-fatal failure as {@code what}; returns
   * whether it succeeded.
   */
  public static boolean isolate(String what, PageFailureHandler onFailure, Runnable page) {
    try {
      page.run();
      return true;
    } catch (HandlerFailure | CancellationException e) {
      throw e;
    } catch (IntegrationException e) {
      if (e.fatal() || e instanceof ProviderAuthorizationException) {
        throw e;
      }
      report(onFailure, what, e.getMessage(), e);
      return false;
    }
  }

  /** Reports a bad record (the page itself goes on). */
  public static void badRecord(PageFailureHandler onFailure, String what, String detail) {
    report(onFailure, what, detail, null);
  }

  // The message says why only: the handler is given what apart and names it itself (a step's
  // report is "what: message"; repeating what in the message doubled it).
  private static void report(
      PageFailureHandler onFailure,
      String what,
      @Nullable String message,
      @Nullable Throwable cause) {
    var error = new PageException(message != null ? message : "failed without a message", cause);
    HandlerFailure.call(() -> onFailure.onFailure(what, error));
  }
}
