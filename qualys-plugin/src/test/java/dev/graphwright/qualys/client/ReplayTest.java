package dev.graphwright.qualys.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.graphwright.qualys.client.support.WireMockSupport.qps;
import static dev.graphwright.qualys.client.support.WireMockSupport.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.client.support.Collected;
import dev.graphwright.qualys.client.support.MemoryArchive;
import dev.graphwright.qualys.client.support.PageXml;
import dev.graphwright.qualys.client.support.TestClients;
import dev.graphwright.qualys.client.support.WireMockSupport;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.test.CountingMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTest {

  @Test
  void replayServesArchivedPagesWithoutTheNetwork() {
    WireMockServer server = WireMockSupport.start();
    var archive = new MemoryArchive();
    var recordedIds = new ArrayList<String>();
    var recordedAssets = new Collected<HostAsset>();
    try {
      server.stubFor(post(urlPathEqualTo("/api/2.0/fo/asset/host/"))
          .withFormParam("id_min", absent())
          .willReturn(v2(PageXml.hostIds("<ID>1</ID><ID>2</ID>", "3"))));
      server.stubFor(post(urlPathEqualTo("/api/2.0/fo/asset/host/"))
          .withFormParam("id_min", equalTo("3"))
          .willReturn(v2(PageXml.hostIds("<ID>3</ID>", null))));
      server.stubFor(post(urlPathEqualTo("/qps/rest/2.0/search/am/hostasset"))
          .willReturn(qps(TestClients.fixture("host-assets.xml"))));
      try (var client = QualysClient.create(
          TestClients.config(WireMockSupport.baseUrl(server)).build(),
          new CountingMetrics(),
          archive)) {
        client.forEachScannedHostId(HostIdQuery.all(), recordedIds::add);
        client.forEachHostAsset(List.of("1001", "1002", "1003"), recordedAssets, recordedAssets);
      }
    } finally {
      server.stop();
    }

    var replayMetrics = new CountingMetrics();
    var replayedIds = new ArrayList<String>();
    var replayedAssets = new Collected<HostAsset>();
    try (var client = QualysClient.create(
        TestClients.config("http://127.0.0.1:1").build(), replayMetrics, archive.replayer())) {
      client.forEachScannedHostId(HostIdQuery.all(), replayedIds::add);
      client.forEachHostAsset(List.of("1001", "1002", "1003"), replayedAssets, replayedAssets);

      assertEquals(List.of("1", "2", "3"), replayedIds);
      assertEquals(recordedIds, replayedIds);
      assertEquals(
          recordedAssets.records.stream().map(HostAsset::id).toList(),
          replayedAssets.records.stream().map(HostAsset::id).toList());
      assertEquals(0, replayMetrics.get(RunMetrics.REQUESTS));

      var missing = assertThrows(
          ProviderApiException.class,
          () -> client.forEachScannedHostId(HostIdQuery.all(), id -> {}));
      assertTrue(
          missing.getMessage().contains("POST /api/2.0/fo/asset/host/?action=list"),
          missing.getMessage());
    }
  }
}
