package dev.graphwright.qualys.client.bench;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.config.Secret;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.QualysClientConfig;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.FakeQualysServer;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.qualys.client.vm.IdRangeBatcher;
import dev.graphwright.test.CountingMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Client-only benchmark (fetch + parse, no persistence): host ids → id ranges → host detections,
 * printing detections/s, peak heap and, with a latency, wall time against the ideal (pages ×
 * latency ÷ concurrency limit). Not a test; run it with {@code bench/client}.
 *
 * <pre>
 * (default)            starts the simulator in its own JVM: --hosts N (50000)
 *                      --detections-per-host N (20) --limit N (10) --foreign N (0)
 *                      --latency-ms N (0) --rate-limit N (1000000)
 * --url URL            a running simulator (its /__sim/metrics is read at the end)
 * --fake               an in-process stand-in instead (same sizing options)
 * --warmup-ranges N    ranges fetched once before measuring, for the JIT (5)
 * --ids-per-range N    host ids per detection range (1000)
 * --truncation N       hosts per detection page (1000)
 * --cap N              client concurrency cap (10)
 * --latency-ms N       the server's per-page latency; the ideal is pages x latency / (limit -
 *                      foreign) (0 = no comparison)
 * </pre>
 */
public final class ClientBenchmark {

  private ClientBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.logs();
    Map<String, String> options = parse(args);
    long latencyMs = Long.parseLong(options.getOrDefault("latency-ms", "0"));
    if (!options.containsKey("url") && !options.containsKey("fake")) {
      try (var simulator = new SimulatorProcess(List.of(
          "--hosts",
          options.getOrDefault("hosts", "50000"),
          "--detections-per-host",
          options.getOrDefault("detections-per-host", "20"),
          "--concurrency-limit",
          options.getOrDefault("limit", "10"),
          "--foreign-running",
          options.getOrDefault("foreign", "0"),
          "--latency-ms",
          Long.toString(latencyMs),
          "--rate-limit",
          options.getOrDefault("rate-limit", "1000000"),
          "--username",
          "bench",
          "--password",
          "bench"))) {
        options.put("url", simulator.baseUrl());
        run(simulator.baseUrl(), options, latencyMs, simulator::cpuSeconds);
      }
      return;
    }
    FakeQualysServer fake = null;
    String url = options.get("url");
    if (url == null) {
      fake = new FakeQualysServer(
          Integer.parseInt(options.getOrDefault("hosts", "50000")),
          Integer.parseInt(options.getOrDefault("detections-per-host", "20")),
          Integer.parseInt(options.getOrDefault("limit", "10")),
          Integer.parseInt(options.getOrDefault("foreign", "0")),
          latencyMs);
      url = fake.baseUrl();
    }
    try {
      run(url, options, latencyMs, () -> Double.NaN);
    } finally {
      if (fake != null) {
        System.out.printf(
            "fake server: requests=%d http409=%d maxConcurrency=%d%n",
            fake.requests(), fake.http409(), fake.maxConcurrency());
        fake.close();
      }
    }
  }

  private static void run(
      String url, Map<String, String> options, long latencyMs, DoubleSupplier serverCpu)
      throws Exception {
    var config = QualysClientConfig.builder(
            url,
            options.getOrDefault("user", "bench"),
            new Secret(options.getOrDefault("password", "bench")))
        .concurrencyCap(Integer.parseInt(options.getOrDefault("cap", "10")))
        .detectionTruncation(Integer.parseInt(options.getOrDefault("truncation", "1000")))
        .pageDeadline(Duration.ofMinutes(10))
        .build();
    var metrics = new CountingMetrics();
    try (var client = QualysClient.create(config, metrics, RawArchive.passThrough())) {
      var about = client.about();
      Integer limit = about.limits().concurrencyLimit();
      System.out.printf(
          "about.php: concurrency limit=%s running=%s rate remaining=%s%n",
          limit, about.limits().concurrencyRunning(), about.limits().rateRemaining());

      long idsStarted = System.nanoTime();
      var ranges = new ArrayList<IdRange>();
      var batcher = new IdRangeBatcher(
          Integer.parseInt(options.getOrDefault("ids-per-range", "1000")), ranges::add);
      client.forEachScannedHostId(HostIdQuery.all(), batcher);
      batcher.finish();
      double idsSeconds = (System.nanoTime() - idsStarted) / 1e9;
      System.out.printf("host ids: %d ranges in %.2f s%n", ranges.size(), idsSeconds);

      int warmup =
          Math.min(ranges.size(), Integer.parseInt(options.getOrDefault("warmup-ranges", "5")));
      if (warmup > 0) {
        long warmStarted = System.nanoTime();
        var warm = new CountingHandler();
        client.forEachHostDetection(
            ranges.subList(0, warmup), DetectionQuery.defaults(), warm, new Collected<>());
        System.out.printf(
            "warm-up: %d ranges, %d detections in %.2f s (not measured)%n",
            warmup, warm.detections.sum(), (System.nanoTime() - warmStarted) / 1e9);
      }

      long requestsBefore = metrics.get(RunMetrics.REQUESTS);
      long conflictsBefore = metrics.get(RunMetrics.HTTP_409);
      var counter = new CountingHandler();
      var failures = new Collected<Object>();
      System.gc();
      HeapPeak.reset();
      double clientCpuBefore = processCpuSeconds();
      double serverCpuBefore = serverCpu.getAsDouble();
      long started = System.nanoTime();
      client.forEachHostDetection(ranges, DetectionQuery.defaults(), counter, failures);
      double seconds = (System.nanoTime() - started) / 1e9;
      double clientCpu = processCpuSeconds() - clientCpuBefore;
      double serverCpu2 = serverCpu.getAsDouble() - serverCpuBefore;

      long detections = counter.detections.sum();
      long pages = metrics.get(RunMetrics.REQUESTS)
          - requestsBefore
          - (metrics.get(RunMetrics.HTTP_409) - conflictsBefore);
      System.out.printf(
          "detections: hosts=%d detections=%d pages=%d in %.2f s = %.0f detections/s%n",
          counter.hosts.sum(), detections, pages, seconds, detections / seconds);
      System.out.printf(
          "peak heap (sum of heap pool peaks): %d MiB; page failures=%d%n",
          HeapPeak.mebibytes(), failures.failures.size());
      // Wall figures depend on what else runs on the machine; CPU time does much less.
      System.out.printf(
          "cpu: client %.2f s (%.0f detections per client cpu-second), server %.2f s;"
              + " both on 2 idle cores: %.0f detections/s%n",
          clientCpu, detections / clientCpu, serverCpu2, 2 * detections / (clientCpu + serverCpu2));
      System.out.printf(
          "client metrics: requests=%d retries=%d http409=%d%n",
          metrics.get(RunMetrics.REQUESTS),
          metrics.get(RunMetrics.RETRIES),
          metrics.get(RunMetrics.HTTP_409));
      if (latencyMs > 0 && limit != null) {
        // Slots held by foreign callers are not ours to use.
        int usable = limit - Integer.parseInt(options.getOrDefault("foreign", "0"));
        double ideal = pages * latencyMs / 1000.0 / usable;
        System.out.printf(
            "latency %d ms, %d usable slots: ideal %.2f s, wall %.2f s = %.3f x ideal%n",
            latencyMs, usable, ideal, seconds, seconds / ideal);
      }
      if (options.containsKey("url")) {
        System.out.println("simulator metrics: " + simulatorMetrics(options.get("url")));
      }
    }
  }

  private static double processCpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() / 1e9
        : Double.NaN;
  }

  private static String simulatorMetrics(String url) {
    try (var http = HttpClient.newHttpClient()) {
      var request =
          HttpRequest.newBuilder(URI.create(url + "/__sim/metrics")).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      return "(unavailable: " + e.getMessage() + ")";
    }
  }

  private static Map<String, String> parse(String[] args) {
    var options = new HashMap<String, String>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(name, flag ? "true" : args[++i]);
    }
    return options;
  }
}
