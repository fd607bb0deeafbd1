package dev.graphwright.qualys.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.graphwright.api.config.Secret;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.QualysClientConfig;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.qualys.client.was.FindingQuery;
import dev.graphwright.qualys.client.was.WebApp;
import dev.graphwright.qualys.client.was.WebAppFinding;
import dev.graphwright.qualys.client.was.WebAppQuery;
import dev.graphwright.test.CountingMetrics;
import dev.graphwright.test.RecordingArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Turns the XML fixtures under {@code fixtures/} into the client's DTO records the only public way
 * there is: the fixture is served once over loopback HTTP and read by the real {@link
 * QualysClient} (its parsers and mappers are internal to the client). What the converters get is
 * therefore exactly what they get in production from a response of that shape.
 */
final class Fixtures {

  /** One detection with the header of its host. */
  record Detected(DetectionHost host, Detection detection) {}

  private Fixtures() {}

  static List<HostAsset> hostAssets(String fixture, String... qwebHostIds) {
    return parse(
        fixture,
        (client, out) -> client.forEachHostAsset(List.of(qwebHostIds), out::add, Fixtures::failed));
  }

  static List<Detected> detections(String fixture) {
    return parse(
        fixture,
        (client, out) -> client.forEachHostDetection(
            List.of(new IdRange(1, 99_999_999_999L)),
            DetectionQuery.defaults(),
            new DetectionHandler() {
              @Override
              public void onHost(DetectionHost host) {}

              @Override
              public void onDetection(DetectionHost host, Detection detection) {
                out.add(new Detected(host, detection));
              }
            },
            Fixtures::failed));
  }

  static List<KbVuln> vulnerabilities(String fixture, String... qids) {
    return parse(
        fixture,
        (client, out) -> client.forEachVulnerability(List.of(qids), out::add, Fixtures::failed));
  }

  static List<WebApp> webApps(String fixture) {
    return parse(
        fixture, (client, out) -> client.forEachWebApp(WebAppQuery.allScanned(), out::add));
  }

  static List<WebAppFinding> webAppFindings(String fixture, String... webAppIds) {
    return parse(
        fixture,
        (client, out) -> client.forEachWebAppFinding(
            List.of(webAppIds), FindingQuery.all(), out::add, Fixtures::failed));
  }

  private static void failed(String what, Exception error) {
    throw new AssertionError("the fixture did not parse cleanly: " + what, error);
  }

  private static <T> List<T> parse(String fixture, BiConsumer<QualysClient, List<T>> read) {
    byte[] body = read(fixture);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var requests = new CopyOnWriteArrayList<String>();
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().getPath());
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/xml");
      exchange.sendResponseHeaders(200, body.length);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    var records = new CopyOnWriteArrayList<T>();
    var config = QualysClientConfig.builder(
            "http://127.0.0.1:" + server.getAddress().getPort(),
            "fixture-user",
            new Secret("fixture-password"))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .pageDeadline(Duration.ofSeconds(10))
        .maxRetries(0)
        .build();
    try (var client = QualysClient.create(config, new CountingMetrics(), new RecordingArchive())) {
      read.accept(client, records);
    } finally {
      server.stop(0);
    }
    assertEquals(1, requests.size(), "one request for fixture " + fixture + ": " + requests);
    return List.copyOf(records);
  }

  private static byte[] read(String fixture) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
