package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final List<String> V2_CALLS = List.of(
      "/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=0&show_igs=1&show_tags=1&host_metadata=ec2",
      "/api/2.0/fo/asset/host/?action=list&details=All&truncation_limit=0",
      "/api/2.0/fo/knowledge_base/vuln/?action=list");

  @Test
  void theSameSeedServesTheSameBytes() {
    var options = Sims.options().seed(42).hosts(40).webApps(6).build();
    try (var a = QualysSimulator.start(options);
        var b = QualysSimulator.start(options)) {
      for (String call : V2_CALLS) {
        assertEquals(normalised(a, call), normalised(b, call), call);
      }
      assertEquals(qps(a, Qps.HOST_ASSETS), qps(b, Qps.HOST_ASSETS));
      assertEquals(qps(a, Qps.FINDINGS), qps(b, Qps.FINDINGS));
      assertEquals(a.expected(Map.of()), b.expected(Map.of()));
    }
  }

  @Test
  void anotherSeedServesOtherData() {
    try (var a = QualysSimulator.start(Sims.options().seed(1).hosts(40).build());
        var b = QualysSimulator.start(Sims.options().seed(2).hosts(40).build())) {
      assertNotEquals(normalised(a, V2_CALLS.get(0)), normalised(b, V2_CALLS.get(0)));
    }
  }

  // The port and the wall-clock DATETIME are the only parts allowed to differ.
  private static String normalised(QualysSimulator sim, String call) {
    return new SimClient(sim)
        .get(call)
        .body()
        .replace(sim.baseUrl(), "BASE")
        .replaceAll("<DATETIME>[^<]+</DATETIME>", "<DATETIME/>");
  }

  private static String qps(QualysSimulator sim, String path) {
    return new SimClient(sim)
        .postXml(path, Qps.request(Map.of("limitResults", "1000"), List.of()))
        .body()
        .replace(sim.baseUrl(), "BASE");
  }
}
