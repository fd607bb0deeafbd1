package dev.graphwright.host.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A WireMock server in front of a Qualys simulator: it passes every call through, except the
 * answers a test replaces (a status and body of its own) and the bodies a test rewrites (e.g. to
 * put hostile strings into them). It also serves as the target of XML external entities, so a test
 * can tell whether the client fetched one.
 */
final class QualysGateway implements AutoCloseable {

  private final BodyRewriter rewriter = new BodyRewriter();
  private final WireMockServer server;

  private QualysGateway(String upstream) {
    server = new WireMockServer(wireMockConfig()
        .dynamicPort()
        .bindAddress("127.0.0.1")
        .gzipDisabled(true)
        .extensions(rewriter));
    server.start();
    server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(upstream)));
  }

  /** Starts a gateway passing calls on to {@code upstream}, e.g. a simulator's base URL. */
  static QualysGateway inFrontOf(String upstream) {
    return new QualysGateway(upstream);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Every call whose path matches gets this answer instead of the simulator's. */
  void answer(String pathRegex, int status, String contentType, String body) {
    server.stubFor(any(urlPathMatching(pathRegex))
        .atPriority(1)
        .willReturn(aResponse()
            .withStatus(status)
            .withHeader("Content-Type", contentType)
            .withBody(body)));
  }

  /** The first call whose path matches gets this answer; later ones go through. */
  void answerFirst(String pathRegex, int status, String contentType, String body) {
    String scenario = "first " + pathRegex;
    server.stubFor(any(urlPathMatching(pathRegex))
        .atPriority(1)
        .inScenario(scenario)
        .whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("answered")
        .willReturn(aResponse()
            .withStatus(status)
            .withHeader("Content-Type", contentType)
            .withBody(body)));
  }

  /** Bodies of passed-through calls whose path matches are rewritten by {@code edit}. */
  void rewrite(String pathRegex, UnaryOperator<String> edit) {
    rewriter.edits.put(Pattern.compile(pathRegex), edit);
  }

  /** How many calls whose path matches the gateway received. */
  int requestsTo(String pathRegex) {
    return server.findAll(anyRequestedFor(urlPathMatching(pathRegex))).size();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** Applies the registered edits to proxied bodies (whole bodies: small accounts only). */
  private static final class BodyRewriter implements ResponseTransformerV2 {
    final Map<Pattern, UnaryOperator<String>> edits = new ConcurrentHashMap<>();

    @Override
    public String getName() {
      return "qualys-body-rewriter";
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
      if (!response.isFromProxy() || response.getStatus() != 200) {
        return response;
      }
      String path = serveEvent.getRequest().getUrl().replaceFirst("\\?.*", "");
      String body = null;
      for (var edit : edits.entrySet()) {
        if (edit.getKey().matcher(path).matches()) {
          body = edit.getValue().apply(body == null ? response.getBodyAsString() : body);
        }
      }
      if (body == null) {
        return response;
      }
      var headers = new HttpHeaders();
      for (HttpHeader header : response.getHeaders().all()) {
        if (!header.keyEquals("Content-Length") && !header.keyEquals("Transfer-Encoding")) {
          headers = headers.plus(header);
        }
      }
      return Response.Builder.like(response).but().headers(headers).body(body).build();
    }
  }
}
