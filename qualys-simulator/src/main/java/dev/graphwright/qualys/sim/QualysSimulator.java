package dev.graphwright.qualys.sim;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.graphwright.qualys.sim.admin.AdminEndpoint;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.qualys.sim.admin.GroundTruth;
import dev.graphwright.qualys.sim.admin.SimulatorControl;
import dev.graphwright.qualys.sim.api.ServiceProfile;
import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.Churns;
import dev.graphwright.qualys.sim.data.DataSpec;
import dev.graphwright.qualys.sim.data.Rng;
import dev.graphwright.qualys.sim.faults.FaultPlan;
import dev.graphwright.qualys.sim.faults.FaultSpec;
import dev.graphwright.qualys.sim.limits.LimitSettings;
import dev.graphwright.qualys.sim.limits.Limits;
import dev.graphwright.qualys.sim.server.MetricsRecorder;
import dev.graphwright.qualys.sim.server.RequestPipeline;
import dev.graphwright.qualys.sim.server.SimulatorExtension;
import dev.graphwright.qualys.sim.server.SimulatorMetrics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A running Qualys simulator: a WireMock server whose single extension generates every answer
 * from the seed. Starting it generates nothing; data is produced while responses stream.
 *
 * <p>Thread-safe. {@link #stop()} (or {@link #close()}) ends stalled responses and the server.
 */
public final class QualysSimulator implements AutoCloseable, SimulatorControl {
  private static final int CONTAINER_THREADS = 100;

  private final SimulatorOptions options;
  private final Account account;
  private final Limits limits;
  private final FaultPlan faultPlan;
  private final MetricsRecorder metrics;
  private final GroundTruth groundTruth;
  private final WireMockServer server;
  private volatile boolean stopping;

  private QualysSimulator(SimulatorOptions options) {
    this.options = options;
    Instant now =
        options.now() != null ? options.now() : Instant.now().truncatedTo(ChronoUnit.MINUTES);
    this.account = new Account(new DataSpec(
        options.seed(),
        now.getEpochSecond(),
        options.hosts(),
        options.detectionsPerHost(),
        options.qids(),
        options.webApps(),
        options.findingsPerWebApp(),
        new DataSpec.Shares(
            options.ec2Share(),
            options.publicIpShare(),
            options.sharedIpShare(),
            options.sharedFqdnShare(),
            options.staleHostShare(),
            options.fixedShare()),
        options.ec2Instances()));
    this.limits = new Limits(
        new LimitSettings(options.concurrencyLimit(), options.rateLimit(), options.rateWindowSec()),
        options.foreignRunning());
    this.faultPlan = new FaultPlan(
        options.seed(), options.faults().stream().map(FaultSpec::parse).toList());
    this.metrics = new MetricsRecorder(limits);
    this.groundTruth = new GroundTruth(account);
    var pipeline = new RequestPipeline(
        account,
        limits,
        faultPlan,
        metrics,
        profile(options),
        new RequestPipeline.Credentials(options.username(), options.password()),
        options.latencyMs());
    var admin = new AdminEndpoint(this);
    long stallMaxMs = options.stallMaxSec() * 1000;
    var extension = new SimulatorExtension(
        request ->
            request.path().startsWith("/__sim/") ? admin.handle(request) : pipeline.handle(request),
        "http://" + connectHost(options.bind()) + ":" + options.port(),
        metrics,
        () -> stopping,
        stallMaxMs);
    var config = WireMockConfiguration.options()
        .bindAddress(options.bind())
        .containerThreads(CONTAINER_THREADS)
        .disableRequestJournal()
        .maxLoggedResponseSize(0)
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        // HTTP/1.1 only, as Qualys answers: chunked bodies, and faults that act on the connection.
        .http2PlainDisabled(true)
        .http2TlsDisabled(true)
        .jettyIdleTimeout(stallMaxMs + 60_000)
        .jettyStopTimeout(1_000L)
        .extensionScanningEnabled(false)
        .notifier(new QuietNotifier())
        .extensions(extension);
    if (options.port() == 0) {
      config.dynamicPort();
    } else {
      config.port(options.port());
    }
    this.server = new WireMockServer(config);
  }

  /** Starts a simulator; returns once it accepts connections. */
  public static QualysSimulator start(SimulatorOptions options) {
    var simulator = new QualysSimulator(options);
    simulator.server.start();
    simulator.server.stubFor(
        WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
    return simulator;
  }

  /** E.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
  public String baseUrl() {
    return "http://" + connectHost(options.bind()) + ":" + port();
  }

  // A wildcard bind address is not something to connect to; loopback is.
  private static String connectHost(String bind) {
    return switch (bind) {
      case "0.0.0.0" -> "127.0.0.1";
      case "::", "[::]" -> "[::1]";
      default -> bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    };
  }

  /** The port it listens on (the real one when started with port 0). */
  public int port() {
    return server.port();
  }

  public SimulatorOptions options() {
    return options;
  }

  /** The anchor of all generated dates. */
  public Instant now() {
    return Instant.ofEpochSecond(account.spec().now());
  }

  /** Host records generated so far (the account is built on demand, one host at a time). */
  public long hostsBuilt() {
    return account.hosts().built();
  }

  /** Detections of every type and status in the account. */
  public long totalDetections() {
    return account.totalDetections();
  }

  /**
   * The counts a correct client must end with for the selection these filters describe; the same
   * as {@code GET /__sim/expected}. Takes a few seconds for a million detections; cached.
   */
  @Override
  public ExpectedCounts expected(Map<String, String> filters) {
    return groundTruth.expected(filters);
  }

  /** The detections of a sample of hosts, for these filters; see {@link GroundTruth#sample}. */
  @Override
  public List<Map<String, Object>> sample(Map<String, String> filters, int hosts) {
    return groundTruth.sample(filters, hosts);
  }

  /**
   * Rescans {@code share} of the hosts at {@code at}: their detections change (see {@link
   * Churns}), the API and the ground truth serve the new state from then on. Returns the churn
   * and how many hosts it rescanned.
   */
  @Override
  public Map<String, Object> churn(double share, Instant at) {
    var churn = account.churns().add(share, at.getEpochSecond());
    groundTruth.forget();
    int rescanned = 0;
    for (int i = 0; i < account.hosts().count(); i++) {
      rescanned += account.churns().rescans(churn, i) ? 1 : 0;
    }
    var result = new java.util.LinkedHashMap<String, Object>();
    result.put("epoch", churn.epoch());
    result.put("share", churn.share());
    result.put("at", Instant.ofEpochSecond(churn.at()).toString());
    result.put("hostsRescanned", rescanned);
    return result;
  }

  /**
   * Revises knowledge base entries (see {@link dev.graphwright.qualys.sim.data.KnowledgeBase#revise}):
   * their titles change and their last modification moves to {@code at}. Returns each QID's
   * revision count.
   */
  @Override
  public Map<String, Object> reviseKnowledgeBase(List<Integer> qids, Instant at) {
    var revised = new java.util.LinkedHashMap<String, Object>();
    for (int qid : qids) {
      revised.put(Integer.toString(qid), account.knowledgeBase().revise(qid, at.getEpochSecond()));
    }
    return Map.of("at", at.toString(), "revisions", revised);
  }

  @Override
  public SimulatorMetrics metrics() {
    return metrics.snapshot();
  }

  @Override
  public void resetMetrics() {
    metrics.reset();
  }

  /** Replaces the active faults ({@code NAME[:RATE][@API]} each). */
  @Override
  public void setFaults(List<String> specs) {
    faultPlan.replace(specs.stream().map(FaultSpec::parse).toList());
  }

  @Override
  public void clearFaults() {
    faultPlan.replace(List.of());
  }

  /** The active fault specs. */
  @Override
  public List<String> faults() {
    return faultPlan.specs().stream().map(FaultSpec::toString).toList();
  }

  /** Sets how many concurrency slots simulated foreign callers hold on every limited API. */
  @Override
  public void setForeignRunning(int value) {
    limits.setForeignRunning(value);
  }

  @Override
  public int foreignRunning() {
    return limits.foreignRunning();
  }

  /** Ends stalled responses and stops the server. */
  public void stop() {
    stopping = true;
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private static ServiceProfile profile(SimulatorOptions options) {
    var rng = Rng.of(options.seed(), 0x5EED, 1);
    String poweredBy = "Qualys:USPOD3:" + new UUID(rng.nextLong(), rng.nextLong()) + ":"
        + new UUID(rng.nextLong(), rng.nextLong());
    return new ServiceProfile(
        options.username(), options.evaluation(), options.latencyPerHostMs(), poweredBy);
  }
}
