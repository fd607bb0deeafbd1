package dev.graphwright.qualys.client.vm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.test.CountingMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostIdListTest {

  private static final String PATH = "/api/2.0/fo/asset/host/";
  private static WireMockServer server;

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

  private QualysClient client() {
    return QualysClient.create(
        TestClients.config(WireMockSupport.baseUrl(server)).build(),
        new CountingMetrics(),
        new MemoryArchive());
  }

  @Test
  void followsWarningIdMinAndExpandsIdRanges() {
    server.stubFor(post(urlPathEqualTo(PATH))
        .withFormParam("id_min", absent())
        .willReturn(v2(PageXml.hostIds("<ID>1</ID><ID_RANGE>2-5</ID_RANGE><ID>7</ID>", "8"))));
    server.stubFor(post(urlPathEqualTo(PATH))
        .withFormParam("id_min", equalTo("8"))
        .willReturn(v2(PageXml.hostIds("<ID>8</ID><ID_RANGE>10-11</ID_RANGE>", null))));
    var ids = new ArrayList<String>();

    try (var client = client()) {
      client.forEachScannedHostId(
          HostIdQuery.scannedBetween(Instant.parse("2026-01-01T00:00:00Z"), null), ids::add);
    }

    assertEquals(List.of("1", "2", "3", "4", "5", "7", "8", "10", "11"), ids);
    server.verify(postRequestedFor(urlPathEqualTo(PATH))
        .withFormParam("id_min", equalTo("8"))
        .withFormParam("action", equalTo("list"))
        .withFormParam("details", equalTo("None"))
        .withFormParam("truncation_limit", equalTo("10000"))
        .withFormParam("vm_scan_date_after", equalTo("2026-01-01T00:00:00Z")));
    assertEquals(2, server.getAllServeEvents().size());
  }

  @Test
  void hugeIdRangeIsStreamedOneIdAtATime() {
    server.stubFor(post(urlPathEqualTo(PATH))
        .willReturn(v2(PageXml.hostIds("<ID_RANGE>100000001-102000000</ID_RANGE>", null))));
    var count = new AtomicLong();
    var last = new String[1];

    try (var client = client()) {
      client.forEachScannedHostId(HostIdQuery.all(), id -> {
        count.incrementAndGet();
        last[0] = id;
      });
    }

    assertEquals(2_000_000, count.get());
    assertEquals("102000000", last[0]);
  }

  @Test
  void idsFeedTheRangeBatcher() {
    server.stubFor(post(urlPathEqualTo(PATH))
        .willReturn(v2(PageXml.hostIds("<ID>3</ID><ID_RANGE>5-9</ID_RANGE><ID>20</ID>", null))));
    var ranges = new ArrayList<IdRange>();
    var batcher = new IdRangeBatcher(3, ranges::add);

    try (var client = client()) {
      client.forEachScannedHostId(HostIdQuery.all(), batcher);
    }
    batcher.finish();

    assertEquals(List.of(new IdRange(3, 6), new IdRange(7, 9), new IdRange(20, 20)), ranges);
  }
}
