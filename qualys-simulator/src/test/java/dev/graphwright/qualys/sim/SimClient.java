package dev.graphwright.qualys.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small real-HTTP client for the simulator, sending Basic auth and X-Requested-With. */
final class SimClient {
  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String authorization;

  SimClient(QualysSimulator simulator) {
    this(
        simulator.baseUrl(), simulator.options().username(), simulator.options().password());
  }

  SimClient(String baseUrl, String username, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** An authenticated request builder for a path (with query) of the simulator. */
  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(
            URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("X-Requested-With", "graphwright-tests");
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) {
    return send(request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build());
  }

  HttpResponse<String> postXml(String path, String xml) {
    return send(request(path)
        .header("Content-Type", "text/xml")
        .POST(HttpRequest.BodyPublishers.ofString(xml))
        .build());
  }

  /** Unauthenticated GET, e.g. for /__sim/ endpoints. */
  HttpResponse<String> plainGet(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET().build());
  }

  HttpResponse<String> plainPost(String pathAndQuery, String body) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<InputStream> stream(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  HttpClient http() {
    return http;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A mutable ordered map literal. */
  static Map<String, String> form(String... pairs) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
