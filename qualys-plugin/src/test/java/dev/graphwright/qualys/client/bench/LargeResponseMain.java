package dev.graphwright.qualys.client.bench;

import dev.graphwright.api.config.Secret;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.QualysClientConfig;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.test.CountingMetrics;
import java.time.Duration;
import java.util.List;

/**
 * Run in a small forked JVM by {@code LargeResponseTest}: downloads one host detection response
 * (all hosts in one page) and prints {@code detections=N failures=F peakHeapMiB=M seconds=S}.
 */
public final class LargeResponseMain {

  private LargeResponseMain() {}

  public static void main(String[] args) {
    Quiet.logs();
    String url = args[0];
    int hosts = Integer.parseInt(args[1]);
    var config = QualysClientConfig.builder(url, "bench", new Secret("bench"))
        .detectionTruncation(hosts)
        .pageDeadline(Duration.ofMinutes(5))
        .build();
    var counter = new CountingHandler();
    var failures = new Collected<Object>();
    HeapPeak.reset();
    long started = System.nanoTime();
    try (var client =
        QualysClient.create(config, new CountingMetrics(), RawArchive.passThrough())) {
      client.forEachHostDetection(
          List.of(new IdRange(1, hosts)), DetectionQuery.defaults(), counter, failures);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "detections=%d failures=%d peakHeapMiB=%d seconds=%.1f%n",
        counter.detections.sum(), failures.failures.size(), HeapPeak.mebibytes(), seconds);
  }
}
