package dev.graphwright.qualys.client.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.FakeQualysServer;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.test.CountingMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** The governor against a server that enforces a concurrency limit the way Qualys does. */
class GovernorTest {

  private static final int LIMIT = 6;
  private static final int FOREIGN = 2;

  private static final class Counter implements DetectionHandler {
    final LongAdder hosts = new LongAdder();
    final LongAdder detections = new LongAdder();

    @Override
    public void onHost(DetectionHost host) {
      hosts.increment();
    }

    @Override
    public void onDetection(DetectionHost host, Detection detection) {
      detections.increment();
    }
  }

  private static List<IdRange> ranges(int hosts, int size) {
    var ranges = new ArrayList<IdRange>();
    for (int first = 1; first <= hosts; first += size) {
      ranges.add(new IdRange(first, Math.min(hosts, first + size - 1)));
    }
    return ranges;
  }

  private static void download(FakeQualysServer server, boolean aboutFirst, Counter counter) {
    var metrics = new CountingMetrics();
    var config = TestClients.config(server.baseUrl())
        .concurrencyCap(16)
        .detectionTruncation(50)
        .build();
    var failures = new Collected<Object>();
    try (var client = QualysClient.create(config, metrics, RawArchive.passThrough())) {
      if (aboutFirst) {
        client.about();
      }
      client.forEachHostDetection(ranges(3000, 100), DetectionQuery.defaults(), counter, failures);
    }
    assertEquals(List.of(), failures.failures);
    assertEquals(0, metrics.get(RunMetrics.HTTP_409));
  }

  @Test
  void sixteenWorkersNeverExceedTheLimitLeftByForeignCalls() throws Exception {
    var counter = new Counter();
    try (var server = new FakeQualysServer(3000, 2, LIMIT, FOREIGN, 60)) {
      download(server, false, counter);

      assertEquals(0, server.http409());
      assertEquals(LIMIT - FOREIGN, server.maxConcurrency(), "in parallel, up to the free limit");
      assertEquals(60, server.requests(), "30 ranges x 2 pages, none twice");
    }
    assertEquals(3000, counter.hosts.sum());
    assertEquals(6000, counter.detections.sum());
  }

  @Test
  void limitsFromAboutLetTheFirstCallsStartInParallel() throws Exception {
    var counter = new Counter();
    try (var server = new FakeQualysServer(3000, 2, LIMIT, FOREIGN, 60)) {
      download(server, true, counter);

      assertEquals(0, server.http409());
      assertTrue(server.maxConcurrency() <= LIMIT - FOREIGN);
    }
    assertEquals(3000, counter.hosts.sum());
  }
}
