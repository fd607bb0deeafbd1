package dev.graphwright.qualys.client.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.qps;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.api.error.ProviderAuthenticationException;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.QualysClientConfig;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.CountingMetrics;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

  private static final String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/";
  private static final String HOSTS = "/api/2.0/fo/asset/host/";
  private static final String ABOUT = "/msp/about.php";
  private static WireMockServer server;

  private final CountingMetrics metrics = new CountingMetrics();
  private final MemoryArchive archive = new MemoryArchive();

  @BeforeAll
  static void start() {
    server = WireMockSupport.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private QualysClient client(UnaryOperator<QualysClientConfig.Builder> tweak) {
    return QualysClient.create(tweak.apply(TestClients.config(WireMockSupport.baseUrl(server))).build(),
        metrics, archive);
  }

  private QualysClient client() {
    return client(b -> b);
  }

  /** Host ids seen by a detection download. */
  private static final class Hosts implements DetectionHandler {
    final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public void onHost(DetectionHost host) {
      ids.add(host.id());
    }

    @Override
    public void onDetection(DetectionHost host, Detection detection) {}
  }

  private Collected<Object> detections(QualysClient client, Hosts hosts, IdRange... ranges) {
    var failures = new Collected<Object>();
    client.forEachHostDetection(List.of(ranges), DetectionQuery.defaults(), hosts, failures);
    return failures;
  }

  /** First answer {@code first}, then a good detection page for host 1. */
  private static void failOnceThenSucceed(ResponseDefinitionBuilder first) {
    MappingBuilder failing = post(urlPathEqualTo(DETECTIONS)).inScenario("once")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered").willReturn(first);
    server.stubFor(failing);
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).inScenario("once")
        .whenScenarioStateIs("recovered")
        .willReturn(v2(PageXml.detections(List.of(1L), 2, null))));
  }

  @Test
  void badLoginIsFatalAndNamesTheLikelyCauses() {
    server.stubFor(get(urlPathEqualTo(ABOUT)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "text/xml;charset=UTF-8")
        .withBody(PageXml.simpleReturn("2000", "Bad Login/Password", null, null))));

    try (var client = client()) {
      var error = assertThrows(ProviderAuthenticationException.class, client::verifyCredentials);
      assertTrue(error.fatal());
      assertEquals("2000", error.providerCode());
      assertEquals(401, error.httpStatus());
      assertTrue(error.getMessage().contains("wrong username or password"), error.getMessage());
      assertTrue(error.getMessage().contains("without API access"));
      assertTrue(error.getMessage().contains("another Qualys platform"));
    }
    assertEquals(1, server.getAllServeEvents().size(), "not retried");
  }

  @Test
  void expiredAccountSentWithHttp200IsFatal() {
    server.stubFor(get(urlPathEqualTo(ABOUT)).willReturn(v2(
        "<?xml version=\"1.0\"?>" + PageXml.simpleReturn("2001", "This account has expired.", null, null))));

    try (var client = client()) {
      var error = assertThrows(ProviderAuthenticationException.class, client::verifyCredentials);
      assertEquals("2001", error.providerCode());
      assertTrue(error.getMessage().contains("expired"), error.getMessage());
    }
  }

  @Test
  void qpsUnauthorizedIsFatalEvenInsideAPagedDownload() {
    String unauthorized = "<ServiceResponse><responseCode>UNAUTHORIZED</responseCode>"
        + "<responseErrorDetails><errorMessage>You are not authorized to access the application"
        + " through the API.</errorMessage><errorResolution>Contact your account manager."
        + "</errorResolution></responseErrorDetails></ServiceResponse>";
    server.stubFor(post(urlPathEqualTo("/qps/rest/2.0/search/am/hostasset")).willReturn(qps(unauthorized)));
    server.stubFor(get(urlPathEqualTo("/qps/rest/portal/version")).willReturn(qps(unauthorized)));
    var collected = new Collected<HostAsset>();

    try (var client = client()) {
      var error = assertThrows(ProviderAuthenticationException.class,
          () -> client.forEachHostAsset(List.of("1", "2"), collected, collected));
      assertEquals("UNAUTHORIZED", error.providerCode());
      assertTrue(error.getMessage().contains("not authorized to access the application"));
      assertThrows(ProviderAuthenticationException.class, client::portalVersion);
    }
    assertEquals(List.of(), collected.failures);
  }

  @Test
  void qpsInvalidRequestCarriesMessageAndResolution() {
    server.stubFor(post(urlPathEqualTo("/qps/rest/2.0/search/am/hostasset")).willReturn(qps(
        "<ServiceResponse><responseCode>INVALID_REQUEST</responseCode><responseErrorDetails>"
            + "<errorMessage>Criteria: Invalid value format for criteria 'qwebHostId' (x1).</errorMessage>"
            + "<errorResolution>Specify criteria value(s) as Long.</errorResolution>"
            + "</responseErrorDetails></ServiceResponse>")));
    var collected = new Collected<HostAsset>();

    try (var client = client()) {
      client.forEachHostAsset(List.of("x1"), collected, collected);
    }

    assertEquals(1, collected.failures.size());
    var cause = assertInstanceOf(ProviderApiException.class, collected.errors.getFirst().getCause());
    assertEquals("INVALID_REQUEST", cause.providerCode());
    assertTrue(cause.getMessage().contains("Invalid value format"));
    assertTrue(cause.getMessage().contains("Specify criteria value(s) as Long."));
  }

  @Test
  void badRequestIsNotRetriedAndKeepsQualysCodeAndText() {
    String text = "parameter ids has invalid value: abc123 (neither a positive integer nor a range: abc123)";
    server.stubFor(post(urlPathEqualTo(HOSTS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/xml").withBody(PageXml.simpleReturn("1905", text, null, null))));
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/xml").withBody(PageXml.simpleReturn("1905", text, null, null))));

    try (var client = client()) {
      var error = assertThrows(ProviderApiException.class,
          () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}));
      assertEquals("1905", error.providerCode());
      assertEquals(400, error.httpStatus());
      assertTrue(error.getMessage().contains(text));
      assertFalse(error.fatal());

      var failures = detections(client, new Hosts(), new IdRange(1, 5));
      var cause = assertInstanceOf(ProviderApiException.class, failures.errors.getFirst().getCause());
      assertEquals("1905", cause.providerCode());
    }
    assertEquals(2, metrics.get(RunMetrics.REQUESTS));
    assertEquals(0, metrics.get(RunMetrics.RETRIES));
  }

  @Test
  void concurrencyLimit1960IsRetriedAfterAShortWait() {
    failOnceThenSucceed(aResponse().withStatus(409).withHeader("Content-Type", "text/xml")
        .withHeader("X-Concurrency-Limit-Limit", "2").withHeader("X-Concurrency-Limit-Running", "2")
        .withBody(PageXml.simpleReturn("1960",
            "This API cannot be run again until 1 currently running API instance has finished.",
            "CALLS_TO_FINISH", "1")));
    var hosts = new Hosts();

    try (var client = client()) {
      var failures = detections(client, hosts, new IdRange(1, 5));
      assertEquals(List.of(), failures.failures);
    }

    assertEquals(Set.of("1"), hosts.ids);
    assertEquals(1, metrics.get(RunMetrics.HTTP_409));
    assertEquals(1, metrics.get(RunMetrics.RETRIES));
    assertEquals(2, metrics.get(RunMetrics.REQUESTS));
    assertEquals(1, archive.discarded(), "the refused attempt left nothing in the archive");
  }

  @Test
  void rateLimit1965WaitsTheAnnouncedTimeThenRetries() {
    failOnceThenSucceed(aResponse().withStatus(409).withHeader("Content-Type", "text/xml")
        .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-ToWait-Sec", "1")
        .withBody(PageXml.simpleReturn("1965", "This API cannot be run again for another 1 seconds.",
            "SECONDS_TO_WAIT", "1")));
    var hosts = new Hosts();
    long started = System.nanoTime();

    try (var client = client()) {
      detections(client, hosts, new IdRange(1, 5));
    }

    long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(elapsedMs >= 1000, "waited " + elapsedMs + " ms");
    assertEquals(Set.of("1"), hosts.ids);
    assertEquals(1, metrics.get(RunMetrics.HTTP_409));
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() {
    failOnceThenSucceed(aResponse().withStatus(503).withBody("maintenance"));
    var hosts = new Hosts();

    try (var client = client()) {
      detections(client, hosts, new IdRange(1, 5));
    }

    assertEquals(Set.of("1"), hosts.ids);
    assertEquals(1, metrics.get(RunMetrics.RETRIES));
  }

  @Test
  void connectionResetIsRetried() {
    failOnceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    var hosts = new Hosts();

    try (var client = client()) {
      detections(client, hosts, new IdRange(1, 5));
    }

    assertEquals(Set.of("1"), hosts.ids);
    assertEquals(1, metrics.get(RunMetrics.RETRIES));
  }

  @Test
  void stalledBodyIsAbandonedAtThePageDeadlineAndRetried() {
    failOnceThenSucceed(v2(PageXml.detections(List.of(1L, 2L, 3L), 50, null))
        .withChunkedDribbleDelay(4, 40_000));
    var hosts = new Hosts();
    long started = System.nanoTime();

    try (var client = client(b -> b.pageDeadline(Duration.ofMillis(1500)))) {
      var failures = detections(client, hosts, new IdRange(1, 5));
      assertEquals(List.of(), failures.failures);
    }

    long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(elapsedMs < 10_000, "took " + elapsedMs + " ms");
    assertTrue(hosts.ids.contains("1"));
    assertEquals(1, metrics.get(RunMetrics.RETRIES));
    assertEquals(2, metrics.get(RunMetrics.REQUESTS));
  }

  @Test
  void nonXmlBodyIsAClearError() {
    server.stubFor(post(urlPathEqualTo(HOSTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/xml").withBody("Host ID,IP Address\n1,10.0.0.1\n")));

    try (var client = client()) {
      var error = assertThrows(ProviderApiException.class,
          () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}));
      assertTrue(error.getMessage().contains("text/html"), error.getMessage());
      assertTrue(error.getMessage().contains("instead of XML"));

      var failures = detections(client, new Hosts(), new IdRange(1, 5));
      assertTrue(failures.errors.getFirst().getMessage().contains("instead of XML"));
      assertTrue(failures.errors.getFirst().getMessage().contains("Host ID,IP Address"));
    }
  }

  @Test
  void malformedAndTruncatedPagesAreReportedWhileOtherRangesGoOn() {
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).withFormParam("ids", equalTo("1-5"))
        .willReturn(v2("<HOST_LIST_VM_DETECTION_OUTPUT><RESPONSE><HOST_LIST><HOST><ID>1</ID>"
            + "<DETECTION_LIST><DETECTION><QID>5</QID></DETECTION></HOST_LIST></RESPONSE>"
            + "</HOST_LIST_VM_DETECTION_OUTPUT>")));
    String whole = PageXml.detections(List.of(7L, 8L), 3, null);
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).withFormParam("ids", equalTo("6-9"))
        .willReturn(v2(whole.substring(0, whole.length() / 2))));
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).withFormParam("ids", equalTo("10-12"))
        .willReturn(v2(PageXml.detections(List.of(11L), 1, null))));
    var hosts = new Hosts();

    Collected<Object> failures;
    try (var client = client()) {
      failures = detections(client, hosts, new IdRange(1, 5), new IdRange(6, 9), new IdRange(10, 12));
    }

    assertEquals(Set.of("detections ids=1-5", "detections ids=6-9"), Set.copyOf(failures.failures));
    assertTrue(hosts.ids.contains("11"));
    for (var error : failures.errors) {
      assertEquals("PAGE_FAILED", error.code());
      assertTrue(error.getMessage().contains("malformed or truncated XML"), error.getMessage());
    }
    assertEquals(2 * 2, metrics.get(RunMetrics.RETRIES), "each broken page retried maxRetries times");
  }

  @Test
  void unreachableApiOnTheCredentialsCheckSaysToCheckTheUrl() {
    var config = TestClients.config("http://127.0.0.1:1").build();

    try (var client = QualysClient.create(config, metrics, archive)) {
      var error = assertThrows(ConfigException.class, client::verifyCredentials);
      assertTrue(error.fatal());
      assertTrue(error.getMessage().contains("Check the API URL"), error.getMessage());
    }
  }

  @Test
  void handlerExceptionsStopTheDownloadUnchanged() {
    server.stubFor(post(urlPathEqualTo(DETECTIONS)).willReturn(v2(PageXml.detections(List.of(1L), 1, null))));
    var boom = new IllegalStateException("graph write failed");
    DetectionHandler failing = new DetectionHandler() {
      @Override
      public void onHost(DetectionHost host) {
        throw boom;
      }

      @Override
      public void onDetection(DetectionHost host, Detection detection) {}
    };

    try (var client = client()) {
      var thrown = assertThrows(IllegalStateException.class, () -> client.forEachHostDetection(
          List.of(new IdRange(1, 5), new IdRange(6, 9)), DetectionQuery.defaults(), failing,
          new Collected<>()));
      assertEquals(boom, thrown);
    }
    assertEquals(0, metrics.get(RunMetrics.RETRIES));
  }
}
