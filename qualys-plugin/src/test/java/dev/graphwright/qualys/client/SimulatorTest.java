package dev.graphwright.qualys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.ProviderAuthenticationException;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.qualys.client.vm.IdRangeBatcher;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.qualys.client.was.FindingQuery;
import dev.graphwright.qualys.client.was.WebApp;
import dev.graphwright.qualys.client.was.WebAppFinding;
import dev.graphwright.qualys.client.was.WebAppQuery;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import dev.graphwright.test.CountingMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The client against the project's Qualys simulator: limits, faults, ground truth. */
class SimulatorTest {

  private static final Map<String, String> ALL_STATUSES =
      Map.of("statuses", "New,Active,Fixed,Re-Opened");

  /** Distinct finding keys hostId|port|protocol|qid|ssl|type, as the simulator counts them. */
  private static final class Keys implements DetectionHandler {
    final Set<String> keys = ConcurrentHashMap.newKeySet();
    final Set<String> qids = ConcurrentHashMap.newKeySet();

    @Override
    public void onHost(DetectionHost host) {}

    @Override
    public void onDetection(DetectionHost host, Detection d) {
      keys.add(host.id() + "|" + d.port() + "|" + d.protocol() + "|" + d.qid() + "|"
          + (Boolean.TRUE.equals(d.ssl()) ? 1 : 0) + "|" + d.type());
      qids.add(d.qid());
    }
  }

  private static QualysSimulator simulator(UnaryOperator<SimulatorOptions.Builder> options) {
    return QualysSimulator.start(options
        .apply(SimulatorOptions.builder()
            .port(0)
            .seed(42)
            .username(TestClients.USER)
            .password(TestClients.PASSWORD)
            .rateLimit(100_000))
        .build());
  }

  private static QualysClient client(
      QualysSimulator sim,
      CountingMetrics metrics,
      UnaryOperator<QualysClientConfig.Builder> config) {
    return QualysClient.create(
        config.apply(TestClients.config(sim.baseUrl())).build(), metrics, RawArchive.passThrough());
  }

  private static List<IdRange> ranges(QualysClient client, int size) {
    var ranges = new ArrayList<IdRange>();
    var batcher = new IdRangeBatcher(size, ranges::add);
    client.forEachScannedHostId(HostIdQuery.all(), batcher);
    batcher.finish();
    return ranges;
  }

  @Test
  void sixteenWorkersStayWithinTheLimitLeftByForeignCalls() {
    var metrics = new CountingMetrics();
    try (var sim = simulator(o -> o.hosts(1500)
            .detectionsPerHost(3)
            .concurrencyLimit(6)
            .foreignRunning(2)
            .latencyMs(40));
        var client = client(sim, metrics, c -> c.concurrencyCap(16).detectionTruncation(25))) {
      client.verifyCredentials();
      var keys = new Keys();
      var failures = new Collected<Object>();

      client.forEachHostDetection(ranges(client, 50), DetectionQuery.defaults(), keys, failures);

      var served = sim.metrics();
      assertEquals(0, served.http409(), served.toString());
      assertEquals(0, metrics.get(RunMetrics.HTTP_409));
      int most = served.maxConcurrency().getOrDefault("detection", 0);
      assertTrue(most <= 4 && most >= 3, "in flight " + most + ", limit 6 - 2 foreign");
      assertEquals(List.of(), failures.failures);
      assertEquals(sim.expected(ALL_STATUSES).hostFindings(), keys.keys.size());
    }
  }

  @Test
  void everyApiDeliversTheSimulatorsGroundTruth() {
    var metrics = new CountingMetrics();
    try (var sim = simulator(o ->
            o.hosts(300).detectionsPerHost(4).concurrencyLimit(4).webApps(6).findingsPerWebApp(5));
        var client = client(
            sim,
            metrics,
            c -> c.hostAssetsPerRequest(40)
                .kbQidsPerRequest(30)
                .wasLimitResults(7)
                .wasWebAppIdsPerRequest(2))) {
      var since = java.time.Instant.parse("2000-01-01T00:00:00Z");
      var expected = sim.expected(Map.of(
          "statuses", "New,Active,Fixed,Re-Opened", "webapps_scanned_after", since.toString()));
      var version = client.portalVersion();
      assertTrue(
          version.versions().containsKey("WAS-VERSION") || version.wasVersion() != null,
          version.toString());

      var hostIds = new ArrayList<String>();
      client.forEachScannedHostId(HostIdQuery.all(), hostIds::add);
      assertEquals(expected.hosts(), hostIds.size());

      var keys = new Keys();
      var failures = new Collected<Object>();
      var batches = new ArrayList<IdRange>();
      var batcher = new IdRangeBatcher(60, batches::add);
      hostIds.forEach(batcher);
      batcher.finish();
      client.forEachHostDetection(batches, DetectionQuery.defaults(), keys, failures);
      assertEquals(expected.hostFindings(), keys.keys.size());

      var assets = new Collected<HostAsset>();
      client.forEachHostAsset(hostIds, assets, assets);
      assertEquals(
          expected.hostAssets(),
          assets.records.stream().map(HostAsset::id).distinct().count());

      var vulns = new Collected<KbVuln>();
      client.forEachVulnerability(List.copyOf(keys.qids), vulns, vulns);
      assertEquals(
          expected.hostQids(),
          vulns.records.stream().map(KbVuln::qid).distinct().count());

      var apps = new Collected<WebApp>();
      client.forEachWebApp(new WebAppQuery(since), apps);
      assertEquals(expected.webApps(), apps.records.size());
      var findings = new Collected<WebAppFinding>();
      client.forEachWebAppFinding(
          apps.records.stream().map(WebApp::id).filter(Objects::nonNull).toList(),
          FindingQuery.all(),
          findings,
          findings);
      assertEquals(
          expected.webAppFindings(),
          findings.records.stream().map(WebAppFinding::uniqueId).distinct().count());
      assertEquals(List.of(), failures.failures);
      assertEquals(List.of(), assets.failures);
      assertEquals(List.of(), findings.failures);
    }
  }

  @Test
  void transportAndBodyFaultsAreRetriedUntilEveryDetectionArrives() {
    var metrics = new CountingMetrics();
    try (var sim = simulator(o -> o.hosts(600)
            .detectionsPerHost(3)
            .concurrencyLimit(4)
            .faults(List.of(
                "5xx:0.15@detection",
                "reset:0.15@detection",
                "truncate:0.1@detection",
                "malformed:0.1@detection",
                "stall:0.1@detection")));
        var client = client(
            sim,
            metrics,
            c -> c.maxRetries(12).detectionTruncation(40).pageDeadline(Duration.ofSeconds(2)))) {
      var keys = new Keys();
      var failures = new Collected<Object>();

      client.forEachHostDetection(ranges(client, 100), DetectionQuery.defaults(), keys, failures);

      assertEquals(List.of(), failures.failures);
      assertEquals(sim.expected(ALL_STATUSES).hostFindings(), keys.keys.size());
      assertTrue(metrics.get(RunMetrics.RETRIES) > 0);
    }
  }

  @Test
  void badQidsAreReportedAndSkipped() {
    var metrics = new CountingMetrics();
    try (var sim =
            simulator(o -> o.hosts(100).detectionsPerHost(3).faults(List.of("bad-qid@detection")));
        var client = client(sim, metrics, c -> c)) {
      var keys = new Keys();
      var failures = new Collected<Object>();

      client.forEachHostDetection(ranges(client, 1000), DetectionQuery.defaults(), keys, failures);

      long injected = sim.metrics().faults("bad-qid");
      assertTrue(injected > 0);
      assertEquals(injected, failures.failures.size());
      assertTrue(failures.errors.getFirst().getMessage().contains("QID"));
      assertTrue(keys.keys.size() >= sim.expected(ALL_STATUSES).hostFindings() - injected);
    }
  }

  @Test
  void expiredAccountAndQpsUnauthorizedAreFatal() {
    try (var sim = simulator(o -> o.hosts(10));
        var client = client(sim, new CountingMetrics(), c -> c)) {
      sim.setFaults(List.of("expired"));
      var expired = assertThrows(ProviderAuthenticationException.class, client::verifyCredentials);
      assertEquals("2001", expired.providerCode());
      sim.setFaults(List.of("qps-unauthorized"));
      var unauthorized = assertThrows(ProviderAuthenticationException.class, client::portalVersion);
      assertEquals("UNAUTHORIZED", unauthorized.providerCode());
    }
  }

  @Test
  void wrongPasswordIsFatalWithTheLikelyCauses() {
    try (var sim = simulator(o -> o.hosts(10).password("another-password"));
        var client = client(sim, new CountingMetrics(), c -> c)) {
      var error = assertThrows(ProviderAuthenticationException.class, client::verifyCredentials);
      assertEquals(401, error.httpStatus());
      assertTrue(error.getMessage().contains("wrong username or password"));
    }
  }
}
