package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.test.Conformance;
import dev.graphwright.test.FaultProxy;
import dev.graphwright.test.HttpFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole Qualys integration under the test kit's conformance check and fault proxy. */
class QualysConformanceTest {

  private static final String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/";

  private static QualysSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SmallAccount.start();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void conforms() {
    Conformance.of(QualysTester.of(simulator, RUN_START)).check().assertConforms();
  }

  @Test
  void completesThroughServerErrorsAndResetsAndLosesNothing() {
    var clean = QualysTester.of(simulator, RUN_START);
    clean.run().assertSucceeded();
    try (var proxy = FaultProxy.inFrontOf(simulator.baseUrl())) {
      proxy.inject(DETECTIONS, 2, HttpFault.status(503, ""));
      proxy.inject(DETECTIONS, 1, HttpFault.connectionReset());
      proxy.inject(DETECTIONS, 1, HttpFault.truncatedBody());
      var faulty = QualysTester.of(simulator, RUN_START).config("qualysApiUrl", proxy.baseUrl());
      var run = faulty.run().assertSucceeded();
      assertEquals(4, proxy.faultsServed());
      assertTrue(
          run.record().retries() > 0, "the client retried: " + run.record().retries());
      assertEquals(
          clean.graph().countsByType().get("qualys_host_finding"),
          faulty.graph().countsByType().get("qualys_host_finding"),
          "every finding arrived despite the faults");
    }
  }
}
