package dev.graphwright.qualys.client.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/** One WireMock server per test class, and Qualys-like response builders. */
public final class WireMockSupport {

  private WireMockSupport() {}

  public static WireMockServer start() {
    var server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(false));
    server.start();
    return server;
  }

  public static String baseUrl(WireMockServer server) {
    return "http://localhost:" + server.port();
  }

  /** A v2 200 with Qualys' limit headers. */
  public static ResponseDefinitionBuilder v2(String body) {
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml")
        .withHeader("X-RateLimit-Limit", "300")
        .withHeader("X-RateLimit-Window-Sec", "3600")
        .withHeader("X-Concurrency-Limit-Limit", "4")
        .withHeader("X-Concurrency-Limit-Running", "1")
        .withHeader("X-RateLimit-ToWait-Sec", "0")
        .withHeader("X-RateLimit-Remaining", "250")
        .withBody(body);
  }

  /** A QPS 200 (no limit headers). */
  public static ResponseDefinitionBuilder qps(String body) {
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml")
        .withBody(body);
  }
}
