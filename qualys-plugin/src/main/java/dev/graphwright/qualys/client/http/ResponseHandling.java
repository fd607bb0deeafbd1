package dev.graphwright.qualys.client.http;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.ProviderRateLimitException;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.limits.ApiLimits;
import dev.graphwright.qualys.client.limits.Permit;
import dev.graphwright.qualys.client.xml.QualysXml;
import dev.graphwright.qualys.client.xml.SimpleReturn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/** What to do with one HTTP response: parse a 200, wait out a 409, retry a 5xx, or fail. */
final class ResponseHandling {

  private static final Logger log = LoggerFactory.getLogger(RequestExecutor.class);
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final RetrySettings retry;
  private final RunMetrics metrics;
  private final RawArchive archive;

  ResponseHandling(RetrySettings retry, RunMetrics metrics, RawArchive archive) {
    this.retry = retry;
    this.metrics = metrics;
    this.archive = archive;
  }

  <R> Outcome<R> handle(
      ApiRequest request,
      Permit permit,
      Response<ResponseBody> response,
      long started,
      PageParser<R> parser)
      throws IOException, XMLStreamException {
    // Limits are learned the moment headers arrive, before the body is read.
    ApiLimits limits = ApiLimits.fromHeaders(response.headers()::get);
    permit.onResponse(limits);
    int status = response.code();
    if (log.isDebugEnabled()) {
      log.debug(
          "{} {} ({} ms)",
          request.label(),
          status,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
    if (status == 200 && response.body() != null) {
      try (ResponseBody body = response.body()) {
        return new Outcome.Done<>(parseOk(request, body, limits, parser));
      }
    }
    ResponseBody errorBody =
        status == 200 || status == 202 ? response.body() : response.errorBody();
    String text = readError(request, errorBody);
    if (status == 409) {
      return conflict(request, permit, limits, SimpleReturn.tryParse(text));
    }
    if (status == 202 || status == 429 || status >= 500) {
      return new Outcome.Again<>("HTTP " + status, false, 0, null, status, null);
    }
    SimpleReturn error = SimpleReturn.tryParse(text);
    if (error != null) {
      throw QualysErrors.simpleReturn(request.path(), status, error);
    }
    if (status == 404) {
      // Qualys' own errors carry a SIMPLE_RETURN; a bare 404 (an HTML page, nothing) on one of
      // its documented paths most likely comes from a server that is not a Qualys API.
      throw QualysErrors.notAQualysApi(
          request.path(), 404, "HTTP 404" + (text.isBlank() ? "" : ": " + snippet(text)));
    }
    throw QualysErrors.status(request.path(), status, snippet(text));
  }

  private <R> R parseOk(
      ApiRequest request, ResponseBody body, ApiLimits limits, PageParser<R> parser)
      throws IOException, XMLStreamException {
    MediaType type = body.contentType();
    if (type != null && !type.subtype().contains("xml")) {
      try (var capture = archive.capture(request.signature(), body.byteStream())) {
        String head = new String(capture.body().readNBytes(120), StandardCharsets.UTF_8);
        throw XmlSniffer.notXml(request.path(), type + " ('" + snippet(head) + "')");
      }
    }
    try (var capture = archive.capture(request.signature(), body.byteStream())) {
      InputStream in = XmlSniffer.requireXml(capture.body(), request.path());
      R result = parse(in, new PageContext(request.path(), capture.page(), limits), parser);
      capture.complete();
      return result;
    }
  }

  static <R> R parse(InputStream in, PageContext page, PageParser<R> parser)
      throws XMLStreamException {
    XMLStreamReader2 reader = QualysXml.open(in);
    try {
      return parser.parse(reader, page);
    } finally {
      reader.close();
    }
  }

  private <R> Outcome<R> conflict(
      ApiRequest request, Permit permit, ApiLimits limits, @Nullable SimpleReturn sr) {
    metrics.increment(RunMetrics.HTTP_409);
    String code = sr == null ? null : sr.code();
    String reason = "HTTP 409" + (code == null ? "" : " code " + code)
        + (sr == null || sr.text() == null ? "" : ": " + sr.text());
    if ("1965".equals(code)) {
      long seconds = rateWaitSeconds(limits, Objects.requireNonNull(sr)); // it holds the code
      if (seconds > retry.maxRateWait().toSeconds()) {
        throw new ProviderRateLimitException(
            "Qualys rate limit reached at " + request.path() + " and the next call is allowed"
                + " only in " + seconds + " s (" + reason + ")",
            request.path(),
            409,
            code);
      }
      long waitNanos = TimeUnit.SECONDS.toNanos(seconds) + jitter(TimeUnit.SECONDS.toNanos(1));
      // The governor holds back every call to this API until then, this one included.
      permit.onRateConflict(waitNanos);
      return new Outcome.Again<>(
          reason + "; all calls wait " + seconds + " s", true, 0, code, 409, null);
    }
    if (code == null || "1960".equals(code) || "1920".equals(code)) {
      long base = retry.concurrencyWait().toNanos();
      long waitNanos = base / 2 + jitter(base);
      permit.onConcurrencyConflict(limits);
      return new Outcome.Again<>(reason, true, waitNanos, code, 409, null);
    }
    // A code came with it, so there is a SIMPLE_RETURN.
    throw QualysErrors.simpleReturn(request.path(), 409, Objects.requireNonNull(sr));
  }

  private static long rateWaitSeconds(ApiLimits limits, SimpleReturn sr) {
    if (limits.toWaitSeconds() != null && limits.toWaitSeconds() > 0) {
      return limits.toWaitSeconds();
    }
    String item = sr.items().get("SECONDS_TO_WAIT");
    if (item != null) {
      try {
        return Long.parseLong(item.trim());
      } catch (NumberFormatException e) {
        return 60;
      }
    }
    return 60;
  }

  private String readError(ApiRequest request, @Nullable ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    try (body;
        var capture = archive.capture(request.signature(), body.byteStream())) {
      return new String(capture.body().readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    }
  }

  private static long jitter(long range) {
    return range <= 0 ? 0 : ThreadLocalRandom.current().nextLong(range);
  }

  private static String snippet(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
