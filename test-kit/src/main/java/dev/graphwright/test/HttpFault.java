package dev.graphwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.function.Function;

/**
 * One way an HTTP API misbehaves, for {@link FaultProxy}. Each fault stands in for a whole
 * response: the API is not called for that request.
 */
public final class HttpFault {

  private final String description;
  private final Function<String, ResponseDefinitionBuilder> response;

  private HttpFault(String description, ResponseDefinitionBuilder response) {
    this(description, target -> response);
  }

  private HttpFault(String description, Function<String, ResponseDefinitionBuilder> response) {
    this.description = description;
    this.response = response;
  }

  /** A response with this status and body, e.g. {@code status(503, "")}. */
  public static HttpFault status(int status, String body) {
    return new HttpFault("HTTP " + status, aResponse().withStatus(status).withBody(body));
  }

  /** 429 Too Many Requests, asking the client to wait ({@code Retry-After}, in seconds). */
  public static HttpFault tooManyRequests(Duration wait) {
    return new HttpFault(
        "HTTP 429",
        aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(wait.toSeconds())));
  }

  /**
   * 409 Conflict with a wait ({@code Retry-After}) and a body, as APIs that signal concurrency
   * limits with 409 send it.
   */
  public static HttpFault conflict(Duration wait, String body) {
    return new HttpFault(
        "HTTP 409",
        aResponse()
            .withStatus(409)
            .withHeader("Retry-After", String.valueOf(wait.toSeconds()))
            .withBody(body));
  }

  /** The server resets the connection instead of answering. */
  public static HttpFault connectionReset() {
    return new HttpFault("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
  }

  /** The server closes the connection without a byte. */
  public static HttpFault emptyResponse() {
    return new HttpFault("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE));
  }

  /** A 200 whose body breaks off: a bad chunk, then the connection closes. */
  public static HttpFault truncatedBody() {
    return new HttpFault("truncated body", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
  }

  /**
   * A 200 that stalls: it is sent in two parts (the headers with the first half of this body),
   * each after a silence of {@code stall}. A stall longer than the client's read timeout trips it.
   */
  public static HttpFault stalledBody(String body, Duration stall) {
    return new HttpFault(
        "stalled body",
        aResponse()
            .withStatus(200)
            .withBody(body)
            .withChunkedDribbleDelay(2, 2 * (int) stall.toMillis()));
  }

  /** The API answers, but only after this delay (headers included). */
  public static HttpFault delay(Duration delay) {
    return new HttpFault(
        "delay " + delay.toMillis() + " ms",
        target -> aResponse().proxiedFrom(target).withFixedDelay((int) delay.toMillis()));
  }

  /** The response that replaces the API's, for an API at {@code target}. */
  ResponseDefinitionBuilder response(String target) {
    return response.apply(target);
  }

  @Override
  public String toString() {
    return description;
  }
}
