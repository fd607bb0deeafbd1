package dev.graphwright.qualys.step;

import dev.graphwright.api.ExecutionInfo;
import dev.graphwright.qualys.QualysIntegration;
import dev.graphwright.qualys.run.QualysConfig;
import dev.graphwright.qualys.run.Windows;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The Qualys integration under the plugin test kit, pointed at a simulator. */
final class QualysTester {

  private QualysTester() {}

  /** A tester on a fresh instance whose runs start at {@code startedAt}. */
  static IntegrationTester of(QualysSimulator simulator, Instant startedAt) {
    return IntegrationTester.of(QualysIntegration.class)
        .config("qualysApiUrl", simulator.baseUrl())
        .config("qualysUsername", simulator.options().username())
        .config("qualysPassword", simulator.options().password())
        .clock(Clock.fixed(startedAt, ZoneOffset.UTC));
  }

  /** The windows the run's steps used. */
  static Windows windows(IntegrationTester tester, TestRun run) {
    var record = run.record();
    var execution = new ExecutionInfo(
        record.runId(),
        record.integration(),
        record.instance(),
        Instant.parse(record.windowTo()),
        Optional.ofNullable(record.windowFrom()).map(Instant::parse),
        false);
    return Windows.of(execution, new QualysConfig(tester.loadConfig()));
  }
}
