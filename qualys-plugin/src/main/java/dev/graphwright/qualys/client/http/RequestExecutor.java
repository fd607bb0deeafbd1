package dev.graphwright.qualys.client.http;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.PageException;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.api.error.ProviderRateLimitException;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.qualys.client.limits.ApiGovernor;
import dev.graphwright.qualys.client.limits.ApiLimits;
import dev.graphwright.qualys.client.limits.Permit;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one page request until it succeeds or the retry policy gives up: admission through the
 * API's governor, the page deadline, the raw archive, status handling and retries. Thread-safe.
 *
 * <p>A retried page is parsed again from its start, so records read before a failure are handed
 * on a second time (with the RawRef of the page that was finally archived).
 */
public final class RequestExecutor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RequestExecutor.class);

  private final String baseUrl;
  private final RetrySettings retry;
  private final RunMetrics metrics;
  private final RawArchive archive;
  private final PageWatchdog watchdog = new PageWatchdog();
  private final ResponseHandling responses;

  public RequestExecutor(
      String baseUrl, RetrySettings retry, RunMetrics metrics, RawArchive archive) {
    this.baseUrl = baseUrl;
    this.retry = retry;
    this.metrics = metrics;
    this.archive = archive;
    this.responses = new ResponseHandling(retry, metrics, archive);
  }

  /** Sends the request (or replays it from the archive) and parses its page. */
  public <R> R execute(ApiRequest request, ApiGovernor governor, PageParser<R> parser) {
    if (archive.replaying()) {
      return replay(request, parser);
    }
    int failures = 0;
    int conflicts = 0;
    while (true) {
      Outcome<R> outcome = attempt(request, governor, parser);
      if (outcome instanceof Outcome.Done<R> done) {
        return done.value();
      }
      var again = (Outcome.Again<R>) outcome;
      long waitNanos;
      if (again.conflict()) {
        if (++conflicts > retry.max409Retries()) {
          throw new ProviderRateLimitException(
              "Qualys kept refusing " + request.path() + " for its limits after " + conflicts
                  + " tries: " + again.reason(),
              request.path(),
              409,
              again.code());
        }
        waitNanos = again.waitNanos();
      } else {
        if (++failures > retry.maxRetries()) {
          throw exhausted(request, again, failures);
        }
        waitNanos = backoffNanos(failures);
      }
      metrics.increment(RunMetrics.RETRIES);
      log.warn(
          "{} {}: {}; retry in {} ms",
          request.label(),
          pageOf(request),
          again.reason(),
          TimeUnit.NANOSECONDS.toMillis(waitNanos));
      sleep(waitNanos);
    }
  }

  private <R> Outcome<R> attempt(ApiRequest request, ApiGovernor governor, PageParser<R> parser) {
    Permit permit;
    try {
      permit = governor.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting to call " + request.path());
    }
    metrics.increment(RunMetrics.REQUESTS);
    var call = request.call().get();
    long started = System.nanoTime();
    var deadline = watchdog.arm(call::cancel, retry.pageDeadline());
    try (permit) {
      var response = call.execute();
      return responses.handle(request, permit, response, started, parser);
    } catch (IOException | XMLStreamException e) {
      if (deadline.expired()) {
        return Outcome.again(
            "page deadline of " + retry.pageDeadline().toMillis() + " ms passed", false, e);
      }
      if (Transport.interrupted(e)) {
        // Another worker failed for good and stopped this one: not a reason to retry.
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while calling " + request.path());
      }
      if (Transport.unreachable(e)) {
        throw QualysErrors.unreachable(baseUrl, request.path(), e);
      }
      return Outcome.again(Transport.describe(e), false, e);
    } finally {
      deadline.disarm();
    }
  }

  private <R> R replay(ApiRequest request, PageParser<R> parser) {
    RawCapture capture = archive
        .replay(request.signature())
        .orElseThrow(() -> new ProviderApiException(
            "Replay: the raw archive holds no (more) response for " + request.signature(),
            request.path(),
            0,
            null,
            null));
    try (capture) {
      InputStream body = XmlSniffer.requireXml(capture.body(), request.path());
      R result = ResponseHandling.parse(
          body, new PageContext(request.path(), capture.page(), ApiLimits.NONE), parser);
      capture.complete();
      return result;
    } catch (IOException | XMLStreamException e) {
      throw new PageException(
          "archived page '" + capture.page() + "' of " + request.signature() + " is unreadable: "
              + e.getMessage(),
          e);
    }
  }

  // Which page, for logs: the ids and id_min of v2 calls (never credentials: not in signatures).
  private static String pageOf(ApiRequest request) {
    var params = request.signature().parameters();
    String ids = params.containsKey("ids") ? "ids=" + params.get("ids") : "";
    return params.containsKey("id_min") ? ids + " id_min=" + params.get("id_min") : ids;
  }

  private RuntimeException exhausted(ApiRequest request, Outcome.Again<?> last, int attempts) {
    String message = request.label() + " " + request.path() + " failed " + attempts
        + " times; last: " + last.reason();
    if (last.cause() instanceof XMLStreamException && !Transport.isIo(last.cause())) {
      return new PageException(message, last.cause());
    }
    return new ProviderApiException(message, request.path(), last.status(), null, last.cause());
  }

  private long backoffNanos(int failures) {
    long base = retry.baseBackoff().toNanos() << Math.min(failures - 1, 20);
    long capped = Math.min(base, retry.maxBackoff().toNanos());
    return (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5));
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted during retry wait");
    }
  }

  @Override
  public void close() {
    watchdog.close();
  }
}
