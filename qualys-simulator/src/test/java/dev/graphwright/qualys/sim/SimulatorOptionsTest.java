package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {
  @Test
  void defaultsMatchTheContract() {
    var o = SimulatorCommand.parse();
    assertEquals(8090, o.port());
    assertEquals(1, o.seed());
    assertEquals(100, o.hosts());
    assertEquals(5, o.detectionsPerHost());
    assertEquals(200, o.qids());
    assertEquals(5, o.webApps());
    assertEquals(4, o.findingsPerWebApp());
    assertEquals(2, o.concurrencyLimit());
    assertEquals(0, o.foreignRunning());
    assertEquals(300, o.rateLimit());
    assertEquals(3600, o.rateWindowSec());
    assertEquals("qualys-user", o.username());
    assertEquals("qualys-pass", o.password());
    assertEquals(0.3, o.ec2Share());
    assertEquals(0.4, o.publicIpShare());
    assertEquals(0.1, o.fixedShare());
    assertEquals("127.0.0.1", o.bind());
    assertNull(o.now());
  }

  @Test
  void parsesBothSpellingsAndRepeatedFaults() {
    var o = SimulatorCommand.parse(new String[] {
      "--port",
      "0",
      "--seed=9",
      "--hosts",
      "50000",
      "--detections-per-host",
      "20",
      "--fault",
      "5xx:0.1",
      "--fault=stall@kb",
      "--evaluation",
      "--now",
      "2026-01-02T03:04:05Z",
      "--latency-per-host-ms",
      "2"
    });
    assertEquals(0, o.port());
    assertEquals(9, o.seed());
    assertEquals(50_000, o.hosts());
    assertEquals(List.of("5xx:0.1", "stall@kb"), o.faults());
    assertTrue(o.evaluation());
    assertEquals(Instant.parse("2026-01-02T03:04:05Z"), o.now());
    assertEquals(2, o.latencyPerHostMs());
    assertEquals(o, o.toBuilder().build());
    assertEquals(
        7, SimulatorCommand.parse("--hosts", "3", "--hosts=7").hosts(), "the last value wins");
  }

  @Test
  void rejectsBadOptionsWithTheirName() {
    assertMessage("Unknown options: '--bogus'", new String[] {"--bogus", "1"});
    assertMessage(
        "did you mean --detections-per-host?", new String[] {"--detections-per-hots", "3"});
    assertMessage("'many' is not an int", new String[] {"--hosts", "many"});
    assertMessage(
        "'yesterday' is not an ISO-8601 date or instant", new String[] {"--now", "yesterday"});
    assertMessage("--hosts", new String[] {"--hosts", "-1"});
    assertMessage("--ec2-share", new String[] {"--ec2-share", "1.5"});
    assertMessage("unknown fault 'boom'", new String[] {"--fault", "boom"});
    assertMessage("does not apply to 'kb'", new String[] {"--fault", "bad-qid@kb"});
    assertMessage("rate must be in (0, 1]", new String[] {"--fault", "reset:2"});
    assertMessage("Missing required parameter for option '--port'", new String[] {"--port"});
  }

  @Test
  void usageNamesEveryContractOption() {
    for (String option : List.of(
        "--port",
        "--seed",
        "--hosts",
        "--detections-per-host",
        "--qids",
        "--web-apps",
        "--findings-per-web-app",
        "--concurrency-limit",
        "--foreign-running",
        "--rate-limit",
        "--rate-window-sec",
        "--latency-ms",
        "--latency-per-host-ms",
        "--fault",
        "--username",
        "--password",
        "--now",
        "--bind")) {
      assertTrue(SimulatorCommand.usage().contains(option + "="), option);
    }
  }

  @Test
  void usageShowsTheBuildersDefaults() {
    var usage = SimulatorCommand.usage();
    var defaults = SimulatorOptions.builder().build();
    assertTrue(usage.contains("hosts (default: " + defaults.hosts() + ")"), usage);
    assertTrue(usage.contains("(default: " + defaults.ec2Share() + ")"), usage);
    assertTrue(usage.contains("API user (default: " + defaults.username() + ")"), usage);
    assertTrue(SimulatorCommand.helpRequested("--hosts", "3", "--help"));
    assertTrue(!SimulatorCommand.helpRequested("--hosts", "3"));
  }

  private static void assertMessage(String fragment, String[] args) {
    var e = assertThrows(IllegalArgumentException.class, () -> SimulatorCommand.parse(args));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
