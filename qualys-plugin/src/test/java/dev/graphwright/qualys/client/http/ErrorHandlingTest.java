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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.test.CountingMetrics;
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
  private static final String KB = "/api/2.0/fo/knowledge_base/vuln/";
  private static final String CDATA_START = "<DIAGNOSIS><![CDATA[";
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
    return QualysClient.create(
        tweak.apply(TestClients.config(WireMockSupport.baseUrl(server))).build(), metrics, archive);
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
    MappingBuilder failing = post(urlPathEqualTo(DETECTIONS))
        .inScenario("once")
        .whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("recovered")
        .willReturn(first);
    server.stubFor(failing);
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .inScenario("once")
        .whenScenarioStateIs("recovered")
        .willReturn(v2(PageXml.detections(List.of(1L), 2, null))));
  }

  @Test
  void badLoginIsFatalAndNamesTheLikelyCauses() {
    server.stubFor(get(urlPathEqualTo(ABOUT))
        .willReturn(aResponse()
            .withStatus(401)
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
    server.stubFor(get(urlPathEqualTo(ABOUT))
        .willReturn(v2("<?xml version=\"1.0\"?>"
            + PageXml.simpleReturn("2001", "This account has expired.", null, null))));

    try (var client = client()) {
      var error = assertThrows(ProviderAuthenticationException.class, client::verifyCredentials);
      assertEquals("2001", error.providerCode());
      assertTrue(
          error.getMessage().contains("This account has expired. The Qualys subscription"),
          "one period after Qualys' own: " + error.getMessage());
    }
  }

  @Test
  void qpsUnauthorizedIsFatalEvenInsideAPagedDownload() {
    String unauthorized = "<ServiceResponse><responseCode>UNAUTHORIZED</responseCode>"
        + "<responseErrorDetails><errorMessage>You are not authorized to access the application"
        + " through the API.</errorMessage><errorResolution>Contact your account manager."
        + "</errorResolution></responseErrorDetails></ServiceResponse>";
    server.stubFor(
        post(urlPathEqualTo("/qps/rest/2.0/search/am/hostasset")).willReturn(qps(unauthorized)));
    server.stubFor(get(urlPathEqualTo("/qps/rest/portal/version")).willReturn(qps(unauthorized)));
    var collected = new Collected<HostAsset>();

    try (var client = client()) {
      var error = assertThrows(
          ProviderAuthenticationException.class,
          () -> client.forEachHostAsset(List.of("1", "2"), collected, collected));
      assertEquals("UNAUTHORIZED", error.providerCode());
      assertTrue(error.getMessage().contains("not authorized to access the application"));
      assertThrows(ProviderAuthenticationException.class, client::portalVersion);
    }
    assertEquals(List.of(), collected.failures);
  }

  @Test
  void qpsInvalidRequestCarriesMessageAndResolution() {
    server.stubFor(post(urlPathEqualTo("/qps/rest/2.0/search/am/hostasset"))
        .willReturn(qps(
            "<ServiceResponse><responseCode>INVALID_REQUEST</responseCode><responseErrorDetails>"
                + "<errorMessage>Criteria: Invalid value format for criteria 'qwebHostId' (x1).</errorMessage>"
                + "<errorResolution>Specify criteria value(s) as Long.</errorResolution>"
                + "</responseErrorDetails></ServiceResponse>")));
    var collected = new Collected<HostAsset>();

    try (var client = client()) {
      client.forEachHostAsset(List.of("x1"), collected, collected);
    }

    assertEquals(1, collected.failures.size());
    var cause =
        assertInstanceOf(ProviderApiException.class, collected.errors.getFirst().getCause());
    assertEquals("INVALID_REQUEST", cause.providerCode());
    assertTrue(cause.getMessage().contains("Invalid value format"));
    assertTrue(cause.getMessage().contains("Specify criteria value(s) as Long."));
  }

  @Test
  void badRequestIsNotRetriedAndKeepsQualysCodeAndText() {
    String text =
        "parameter ids has invalid value: abc123 (neither a positive integer nor a range: abc123)";
    server.stubFor(post(urlPathEqualTo(HOSTS))
        .willReturn(aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/xml")
            .withBody(PageXml.simpleReturn("1905", text, null, null))));
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .willReturn(aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/xml")
            .withBody(PageXml.simpleReturn("1905", text, null, null))));

    try (var client = client()) {
      var error = assertThrows(
          ProviderApiException.class,
          () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}));
      assertEquals("1905", error.providerCode());
      assertEquals(400, error.httpStatus());
      assertTrue(error.getMessage().contains(text));
      assertFalse(error.fatal());

      var failures = detections(client, new Hosts(), new IdRange(1, 5));
      var cause = assertInstanceOf(
          ProviderApiException.class, failures.errors.getFirst().getCause());
      assertEquals("1905", cause.providerCode());
    }
    assertEquals(2, metrics.get(RunMetrics.REQUESTS));
    assertEquals(0, metrics.get(RunMetrics.RETRIES));
  }

  @Test
  void concurrencyLimit1960IsRetriedAfterAShortWait() {
    failOnceThenSucceed(aResponse()
        .withStatus(409)
        .withHeader("Content-Type", "text/xml")
        .withHeader("X-Concurrency-Limit-Limit", "2")
        .withHeader("X-Concurrency-Limit-Running", "2")
        .withBody(PageXml.simpleReturn(
            "1960",
            "This API cannot be run again until 1 currently running API instance has finished.",
            "CALLS_TO_FINISH",
            "1")));
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
    failOnceThenSucceed(aResponse()
        .withStatus(409)
        .withHeader("Content-Type", "text/xml")
        .withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-ToWait-Sec", "1")
        .withBody(PageXml.simpleReturn(
            "1965",
            "This API cannot be run again for another 1 seconds.",
            "SECONDS_TO_WAIT",
            "1")));
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
    failOnceThenSucceed(
        v2(PageXml.detections(List.of(1L, 2L, 3L), 50, null)).withChunkedDribbleDelay(4, 40_000));
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
    server.stubFor(post(urlPathEqualTo(HOSTS))
        .willReturn(aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Sign in</body></html>")));
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .willReturn(aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/xml")
            .withBody("Host ID,IP Address\n1,10.0.0.1\n")));

    try (var client = client()) {
      var error = assertThrows(
          ProviderApiException.class,
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
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .withFormParam("ids", equalTo("1-5"))
        .willReturn(v2("<HOST_LIST_VM_DETECTION_OUTPUT><RESPONSE><HOST_LIST><HOST><ID>1</ID>"
            + "<DETECTION_LIST><DETECTION><QID>5</QID></DETECTION></HOST_LIST></RESPONSE>"
            + "</HOST_LIST_VM_DETECTION_OUTPUT>")));
    String whole = PageXml.detections(List.of(7L, 8L), 3, null);
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .withFormParam("ids", equalTo("6-9"))
        .willReturn(v2(whole.substring(0, whole.length() / 2))));
    server.stubFor(post(urlPathEqualTo(DETECTIONS))
        .withFormParam("ids", equalTo("10-12"))
        .willReturn(v2(PageXml.detections(List.of(11L), 1, null))));
    var hosts = new Hosts();

    Collected<Object> failures;
    try (var client = client()) {
      failures =
          detections(client, hosts, new IdRange(1, 5), new IdRange(6, 9), new IdRange(10, 12));
    }

    assertEquals(Set.of("detections ids=1-5", "detections ids=6-9"), Set.copyOf(failures.failures));
    assertTrue(hosts.ids.contains("11"));
    for (var error : failures.errors) {
      assertEquals("PAGE_FAILED", error.code());
      assertTrue(error.getMessage().contains("malformed or truncated XML"), error.getMessage());
      assertFalse(
          error.getMessage().contains("detections ids="),
          "the handler gets the page apart; the message does not repeat it: " + error.getMessage());
    }
    assertEquals(
        2 * 2, metrics.get(RunMetrics.RETRIES), "each broken page retried maxRetries times");
  }

  /** A 409/1965 as Qualys sends it: all six limit headers, no calls remaining. */
  private static ResponseDefinitionBuilder rateRefusal(String toWaitHeader, String secondsInBody) {
    return aResponse()
        .withStatus(409)
        .withHeader("Content-Type", "text/xml")
        .withHeader("X-RateLimit-Limit", "300")
        .withHeader("X-RateLimit-Window-Sec", "3600")
        .withHeader("X-Concurrency-Limit-Limit", "4")
        .withHeader("X-Concurrency-Limit-Running", "1")
        .withHeader("X-RateLimit-ToWait-Sec", toWaitHeader)
        .withHeader("X-RateLimit-Remaining", "0")
        .withBody(PageXml.simpleReturn(
            "1965",
            "This API cannot be run again for another " + secondsInBody + " seconds.",
            "SECONDS_TO_WAIT",
            secondsInBody));
  }

  @Test
  void aRateRefusalWithNoCallsLeftHoldsTheApiOnlyForTheSecondsOfItsHeader() {
    assertHeldOnlyForTheNamedSecond(rateRefusal("1", "1"));
  }

  @Test
  void aRateRefusalWithNoCallsLeftHoldsTheApiOnlyForTheSecondsOfItsBody() {
    assertHeldOnlyForTheNamedSecond(rateRefusal("0", "1"));
  }

  // Remaining 0 with Window-Sec 3600 once paced the API at one call per 5 minutes (window / 1,
  // capped) after a 1965 that asked for 1 s.
  private void assertHeldOnlyForTheNamedSecond(ResponseDefinitionBuilder refusal) {
    failOnceThenSucceed(refusal);
    var hosts = new Hosts();
    long started = System.nanoTime();

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try (var client = client()) {
            var failures = detections(client, hosts, new IdRange(1, 5), new IdRange(6, 9));
            assertEquals(List.of(), failures.failures);
          }
        },
        "the API was held for minutes, not for the 1 s the refusal named");

    long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(elapsedMs >= 1000, "the named second was waited: " + elapsedMs + " ms");
    assertEquals(Set.of("1"), hosts.ids);
    assertEquals(1, metrics.get(RunMetrics.HTTP_409));
    assertEquals(
        3, metrics.get(RunMetrics.REQUESTS), "the refused call, its retry, the other range");
  }

  /** A KB page with one VULN whose DIAGNOSIS is a CDATA section. */
  private static String kbPage(String qid, String diagnosis) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE>"
        + "<VULN_LIST><VULN><QID>" + qid + "</QID><TITLE><![CDATA[Title " + qid + "]]></TITLE>"
        + CDATA_START + diagnosis + "]]></DIAGNOSIS></VULN></VULN_LIST></RESPONSE>"
        + "</KNOWLEDGE_BASE_VULN_LIST_OUTPUT>\n";
  }

  /** Where the page is cut: a few characters into its DIAGNOSIS CDATA section. */
  private static int insideCdata(String page) {
    return page.indexOf(CDATA_START) + CDATA_START.length() + 10;
  }

  @Test
  void aPageTruncatedInsideCdataIsRetriedThenReportedAsAPageFailure() {
    String diagnosis = "<P>The server accepts <B>weak</B> ciphers.";
    String cut = kbPage("1", diagnosis);
    server.stubFor(post(urlPathEqualTo(KB))
        .withFormParam("ids", equalTo("1"))
        .willReturn(v2(cut.substring(0, insideCdata(cut)))));
    server.stubFor(post(urlPathEqualTo(KB))
        .withFormParam("ids", equalTo("2"))
        .willReturn(v2(kbPage("2", diagnosis))));
    var collected = new Collected<KbVuln>();

    try (var client = client(b -> b.kbQidsPerRequest(1))) {
      client.forEachVulnerability(List.of("1", "2"), collected, collected);
    }

    assertEquals(List.of("2"), collected.records.stream().map(KbVuln::qid).toList());
    assertEquals(List.of("knowledge base ids=1..1 (1 QIDs)"), collected.failures);
    String message = collected.errors.getFirst().getMessage();
    assertTrue(
        message.contains("malformed or truncated XML") && message.contains("CDATA"), message);
    assertFalse(message.contains("knowledge base ids="), "the subject is not repeated: " + message);
    assertEquals(2, metrics.get(RunMetrics.RETRIES), "the cut page was retried maxRetries times");
  }

  @Test
  void aConnectionLostInsideCdataIsRetried() {
    // The first answer sends the page up to a few characters into a CDATA section, then stalls
    // until the page deadline cancels the call: the read fails there, as with a reset.
    // The cut lies past the first 256 bytes, which are read whole to check that the body is XML.
    String page = kbPage("1", "x".repeat(40))
        .replace("<RESPONSE>", "<RESPONSE><!-- keep-alive " + "k".repeat(300) + " -->");
    int cut = insideCdata(page);
    // WireMock sends each of two equal chunks after half the duration (at 2 s and 4 s): pad the
    // body (a comment after the root) to twice the cut so that the first chunk ends at the cut.
    // The 3 s deadline cancels the call between the two.
    String padding = "p".repeat(2 * cut - page.length() - "<!---->".length());
    server.stubFor(post(urlPathEqualTo(KB))
        .inScenario("cut")
        .whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("whole")
        .willReturn(v2(page + "<!--" + padding + "-->")
            .withChunkedDribbleDelay(2, 4_000)
            // Not gzipped: the compressor would hold the first chunk back.
            .withHeader("Content-Encoding", "identity")));
    server.stubFor(post(urlPathEqualTo(KB))
        .inScenario("cut")
        .whenScenarioStateIs("whole")
        .willReturn(v2(page)));
    var collected = new Collected<KbVuln>();

    try (var client = client(b -> b.pageDeadline(Duration.ofSeconds(3)))) {
      client.forEachVulnerability(List.of("1"), collected, collected);
    }

    assertEquals(List.of(), collected.failures);
    assertEquals(List.of("1"), collected.records.stream().map(KbVuln::qid).toList());
    assertEquals(1, metrics.get(RunMetrics.RETRIES));
  }

  @Test
  void aUrlAnswering404IsNotAQualysApiAndStopsTheCredentialsCheck() {
    var notFound = aResponse()
        .withStatus(404)
        .withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>Not Found</h1></body></html>");
    server.stubFor(get(urlPathEqualTo(ABOUT)).willReturn(notFound));
    server.stubFor(post(urlPathEqualTo(HOSTS)).willReturn(notFound));

    try (var client = client()) {
      var error = assertThrows(ConfigException.class, client::about);
      assertTrue(error.fatal());
      for (String part : List.of(
          "HTTP 404: <html><body><h1>Not Found</h1>",
          "does not look like a Qualys API server",
          "check the API URL (QUALYS_API_URL)",
          "US3 https://qualysapi.qg3.apps.qualys.com",
          "platform-identification")) {
        assertTrue(error.getMessage().contains(part), part + " in: " + error.getMessage());
      }
      assertThrows(ConfigException.class, client::verifyCredentials);

      // Later in a run the same answer fails its call with the same advice, but is not fatal.
      var later = assertThrows(
          ProviderApiException.class,
          () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}));
      assertFalse(later.fatal());
      assertEquals(404, later.httpStatus());
      assertTrue(later.getMessage().contains("does not look like a Qualys API server"));
    }
    assertEquals(3, server.getAllServeEvents().size(), "not retried");
  }

  @Test
  void aNonXmlAnswerToTheCredentialsCheckIsFatalAndSaysToCheckTheUrl() {
    server.stubFor(get(urlPathEqualTo(ABOUT))
        .willReturn(aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Sign in</body></html>")));

    try (var client = client()) {
      var error = assertThrows(ConfigException.class, client::verifyCredentials);
      assertTrue(error.fatal());
      assertTrue(
          error.getMessage().contains("text/html")
              && error.getMessage().contains("instead of XML")
              && error.getMessage().contains("does not look like a Qualys API server"),
          error.getMessage());
    }
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
    server.stubFor(
        post(urlPathEqualTo(DETECTIONS)).willReturn(v2(PageXml.detections(List.of(1L), 1, null))));
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
      var thrown = assertThrows(
          IllegalStateException.class,
          () -> client.forEachHostDetection(
              List.of(new IdRange(1, 5), new IdRange(6, 9)),
              DetectionQuery.defaults(),
              failing,
              new Collected<>()));
      assertEquals(boom, thrown);
    }
    assertEquals(0, metrics.get(RunMetrics.RETRIES));
  }
}
