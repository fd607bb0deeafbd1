package dev.graphwright.qualys.sim.http;

import com.github.tomakehurst.wiremock.http.Request;
import dev.graphwright.qualys.sim.query.Params;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * One incoming call, reduced to what the simulator needs.
 *
 * @param path the path without query string
 * @param query the raw query string, or null
 * @param params query parameters, then form parameters of a form POST
 * @param origin scheme, host and port the client used, e.g. {@code http://127.0.0.1:8090}
 */
public record ApiRequest(
    String method,
    String path,
    String query,
    Params params,
    byte[] body,
    String contentType,
    String authorization,
    String requestedWith,
    String origin) {

  /** Reads a WireMock request. {@code fallbackOrigin} is used when there is no Host header. */
  public static ApiRequest from(Request request, String fallbackOrigin) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? null : url.substring(q + 1);
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
    String contentType = request.getHeader("Content-Type");
    String form = isForm(request.getMethod().getName(), contentType)
        ? new String(body, StandardCharsets.UTF_8)
        : null;
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = authority(request.getAbsoluteUrl());
    }
    return new ApiRequest(
        request.getMethod().getName(),
        path,
        query,
        Params.parse(query, form),
        body,
        contentType,
        request.getHeader("Authorization"),
        request.getHeader("X-Requested-With"),
        host == null || host.isBlank() ? fallbackOrigin : "http://" + host);
  }

  private static String authority(String absoluteUrl) {
    if (absoluteUrl == null) {
      return null;
    }
    int start = absoluteUrl.indexOf("://");
    if (start < 0) {
      return null;
    }
    int end = absoluteUrl.indexOf('/', start + 3);
    return absoluteUrl.substring(start + 3, end < 0 ? absoluteUrl.length() : end);
  }

  /** The user and password of a Basic Authorization header, or null. */
  public String[] basicCredentials() {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(
          Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  // v2 clients post forms; a POST without a content type is read as a form too, as servlet stacks
  // do.
  private static boolean isForm(String method, String contentType) {
    if (!"POST".equalsIgnoreCase(method)) {
      return false;
    }
    return contentType == null
        || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }
}
