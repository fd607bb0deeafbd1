package dev.graphwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Records a real HTTP API once and replays it offline, the way a plugin's tests should meet its
 * API: {@code HttpRecording.recordOrReplay(dir, "https://api.acme.com", secrets)} gives a base URL
 * to point the integration at. When the environment variable {@code GRAPHWRIGHT_RECORD} is {@code
 * true} it proxies to the real API and saves every exchange under {@code dir} when closed;
 * otherwise it serves the saved exchanges from {@code dir} and never touches the network.
 *
 * <p>Nothing secret is saved. Request headers are never recorded, so {@code Authorization} never
 * is; response headers that carry credentials ({@code Set-Cookie}, tokens) are dropped; and every
 * value given as a secret — with its Base64 forms, as in Basic auth — is replaced by {@code
 * [REDACTED]} in what is saved. Saving fails if a secret would still be written. Pass credentials
 * in headers, not in URLs or bodies, or replays will not match them.
 */
public final class HttpRecording implements AutoCloseable {

  /** The environment variable that switches recording on. */
  public static final String RECORD_VARIABLE = "GRAPHWRIGHT_RECORD";

  static final String REDACTED = "[REDACTED]";
  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization",
      "proxy-authorization",
      "set-cookie",
      "cookie",
      "x-api-key",
      "x-auth-token",
      "x-amz-security-token");

  private final WireMockServer server;
  private final Path dir;
  private final boolean recording;
  private final Set<String> secrets;

  private HttpRecording(WireMockServer server, Path dir, boolean recording, Set<String> secrets) {
    this.server = server;
    this.dir = dir;
    this.recording = recording;
    this.secrets = secrets;
  }

  /** Records when {@code GRAPHWRIGHT_RECORD=true}, else replays; see the class comment. */
  public static HttpRecording recordOrReplay(Path dir, String targetBaseUrl, String... secrets) {
    return "true".equalsIgnoreCase(System.getenv(RECORD_VARIABLE))
        ? record(dir, targetBaseUrl, secrets)
        : replay(dir);
  }

  /** Proxies to the target and saves the exchanges under {@code dir} when closed. */
  public static HttpRecording record(Path dir, String targetBaseUrl, String... secrets) {
    var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.startRecording(recordSpec()
        .forTarget(targetBaseUrl)
        .extractTextBodiesOver(Long.MAX_VALUE)
        .extractBinaryBodiesOver(Long.MAX_VALUE)
        .makeStubsPersistent(false));
    var all = new LinkedHashSet<String>();
    for (var secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        all.add(secret);
      }
    }
    return new HttpRecording(server, dir, true, all);
  }

  /** Serves what was recorded under {@code dir}; a request nobody recorded gets a 404. */
  public static HttpRecording replay(Path dir) {
    if (!Files.isDirectory(dir.resolve("mappings"))) {
      throw new IllegalStateException("no recording in " + dir + ": record it once with "
          + RECORD_VARIABLE + "=true and the real API's credentials in the environment");
    }
    var server = new WireMockServer(
        options().bindAddress("127.0.0.1").dynamicPort().usingFilesUnderDirectory(dir.toString()));
    server.start();
    return new HttpRecording(server, dir, false, Set.of());
  }

  /** Where to point the integration. */
  public String baseUrl() {
    return server.baseUrl();
  }

  public boolean recording() {
    return recording;
  }

  /** Stops; when recording, saves the exchanges (secrets removed) and returns how many. */
  @Override
  public void close() {
    try {
      if (recording) {
        save(server.stopRecording().getStubMappings());
      }
    } finally {
      server.stop();
    }
  }

  private void save(List<StubMapping> mappings) {
    var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    var mappingsDir = dir.resolve("mappings");
    try {
      Files.createDirectories(mappingsDir);
      int index = 0;
      for (var mapping : mappings) {
        var tree = (ObjectNode) mapper.readTree(Json.write(mapping));
        if (tree.path("response").path("headers") instanceof ObjectNode headers) {
          var names = new ArrayList<String>();
          headers.fieldNames().forEachRemaining(names::add);
          names.stream()
              .filter(n -> SECRET_HEADERS.contains(n.toLowerCase(Locale.ROOT)))
              .forEach(headers::remove);
        }
        if (tree.path("request").path("headers") instanceof ObjectNode headers) {
          var names = new ArrayList<String>();
          headers.fieldNames().forEachRemaining(names::add);
          names.stream()
              .filter(n -> SECRET_HEADERS.contains(n.toLowerCase(Locale.ROOT)))
              .forEach(headers::remove);
        }
        var text = redact(mapper.writeValueAsString(tree));
        var name = String.format("%04d-%s.json", index++, mapping.getId());
        Files.writeString(mappingsDir.resolve(name), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the recording to " + dir, e);
    }
  }

  private String redact(String text) {
    var result = text;
    for (var form : secretForms()) {
      result = result.replace(form, REDACTED);
    }
    for (var form : secretForms()) {
      if (result.contains(form)) {
        throw new IllegalStateException("a secret would be saved in the recording; nothing saved");
      }
    }
    return result;
  }

  private List<String> secretForms() {
    var forms = new ArrayList<String>();
    var encoder = Base64.getEncoder();
    for (var secret : secrets) {
      forms.add(secret);
      forms.add(encoder.encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
      forms.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
      forms.add(Json.write(secret).replaceAll("^\"|\"$", ""));
    }
    forms.removeIf(String::isEmpty);
    return forms;
  }
}
