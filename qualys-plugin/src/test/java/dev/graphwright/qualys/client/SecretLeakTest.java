package dev.graphwright.qualys.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.test.CountingMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecretLeakTest {

  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = WireMockSupport.start();
    server.stubFor(get(urlPathEqualTo("/msp/about.php"))
        .willReturn(aResponse()
            .withStatus(401)
            .withBody(PageXml.simpleReturn("2000", "Bad Login/Password", null, null))));
    server.stubFor(post(urlPathEqualTo("/api/2.0/fo/asset/host/"))
        .willReturn(aResponse()
            .withStatus(400)
            .withBody(
                PageXml.simpleReturn("1905", "parameter ids has invalid value", null, null))));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static void assertNoSecret(String text) {
    String basic = Base64.getEncoder()
        .encodeToString(
            (TestClients.USER + ":" + TestClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertFalse(text.contains(TestClients.PASSWORD), text);
    assertFalse(text.contains(basic), text);
  }

  private static String everything(Throwable error) {
    var out = new StringWriter();
    error.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void passwordAppearsInNoMessageToStringOrArchive() {
    var config = TestClients.config(WireMockSupport.baseUrl(server)).build();
    var archive = new MemoryArchive();
    assertNoSecret(config.toString());

    try (var client = QualysClient.create(config, new CountingMetrics(), archive)) {
      assertNoSecret(client.toString());
      assertNoSecret(everything(assertThrows(RuntimeException.class, client::verifyCredentials)));
      assertNoSecret(everything(assertThrows(
          RuntimeException.class, () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}))));
    }
    try (var unreachable = QualysClient.create(
        TestClients.config("http://127.0.0.1:1").build(), new CountingMetrics(), archive)) {
      assertNoSecret(
          everything(assertThrows(RuntimeException.class, unreachable::verifyCredentials)));
    }
    archive.completedSignatures().forEach(SecretLeakTest::assertNoSecret);
  }
}
