package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class StartupTest {
  @Test
  void startsWithoutGeneratingTheAccount() {
    try (var sim = QualysSimulator.start(
        Sims.options().hosts(1_000_000).detectionsPerHost(50).build())) {
      assertEquals(0, sim.hostsBuilt(), "a million-host account costs nothing to start");
      assertTrue(sim.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"));
      assertEquals(
          Integer.parseInt(sim.baseUrl().substring(sim.baseUrl().lastIndexOf(':') + 1)),
          sim.port());
      assertEquals(
          200,
          new SimClient(sim)
              .get("/api/2.0/fo/asset/host/?action=list&truncation_limit=5")
              .statusCode());
      assertTrue(
          sim.hostsBuilt() <= 6, "a five-host page builds about five hosts: " + sim.hostsBuilt());
    }
  }

  @Test
  void nowDefaultsToTheStartMinute() {
    try (var sim =
        QualysSimulator.start(SimulatorOptions.builder().port(0).hosts(1).build())) {
      assertEquals(sim.now().truncatedTo(ChronoUnit.MINUTES), sim.now());
      assertTrue(Duration.between(sim.now(), java.time.Instant.now()).toSeconds() < 120);
    }
  }
}
