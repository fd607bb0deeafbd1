package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.neo4j.RunStore;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.runtime.run.RunRequest;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code replay <run-id>}: re-runs a past run's steps from its raw archive, without network. */
@Command(
    name = "replay",
    header = "re-run a past run from its raw archive, without network",
    description = {
      "Runs the integration of a past run again, reading every API response from that run's raw"
          + " archive instead of the network, with the same windows and config (secrets are not"
          + " needed). The graph it produces equals the original run's. Find run ids with"
          + " 'host-app runs'."
    },
    defaultValueProvider = RunDefaults.class)
final class ReplayCommand implements HostTask {

  @Parameters(
      paramLabel = "<run-id>",
      description = "the run to replay, e.g. 20261127T101500Z-1a2b3c")
  private String runId = "";

  @Mixin
  private RunOptions runOptions = new RunOptions();

  @Override
  public int run(Host host) throws Exception {
    var json = new RunStore(host.graph().graph())
        .record(runId)
        .orElseThrow(
            () -> new UsageException("no finished run '" + runId + "' (see 'host-app runs')"));
    var original = Json.read(json, RunRecord.class);
    var loaded = host.plugins().find(original.integration());
    var config = new ConfigLoader(host.environment())
        .loadForReplay(loaded.integration().configFields(), original.config());
    var request = RunRequest.of(loaded, original.instance(), config)
        .replaying(
            original.replayOf() != null ? original.replayOf() : runId,
            Instant.parse(original.windowTo()),
            Optional.ofNullable(original.windowFrom()).map(Instant::parse));
    return RunSupport.execute(host, runOptions, request);
  }
}
