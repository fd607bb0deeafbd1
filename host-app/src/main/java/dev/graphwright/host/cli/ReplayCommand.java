package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.runtime.run.RunRequest;
import dev.graphwright.neo4j.RunStore;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** {@code replay <run-id>}: re-runs a past run's steps from its raw archive, without network. */
public final class ReplayCommand implements Command {

  @Override
  public String name() {
    return "replay";
  }

  @Override
  public String summary() {
    return "re-run a past run from its raw archive, without network";
  }

  @Override
  public String help() {
    return """
        usage: host-app replay <run-id> [options]

        Runs the integration of a past run again, reading every API response from that
        run's raw archive instead of the network, with the same windows and config (secrets
        are not needed). The graph it produces equals the original run's. Find run ids with
        'host-app runs'.

        options:
        """
        + RunSupport.OPTIONS_HELP;
  }

  @Override
  public Set<String> flags() {
    return RunSupport.FLAGS;
  }

  @Override
  public Set<String> valued() {
    return RunSupport.VALUED;
  }

  @Override
  public int run(Args args, Host host) throws Exception {
    if (args.positional().size() != 1) {
      throw new UsageException("name the run to replay, e.g. 'host-app replay 20261127T101500Z-1a2b3c'");
    }
    var runId = args.positional().get(0);
    var json =
        new RunStore(host.graph().graph())
            .record(runId)
            .orElseThrow(() -> new UsageException("no finished run '" + runId + "' (see 'host-app runs')"));
    var original = Json.read(json, RunRecord.class);
    var loaded = host.plugins().find(original.integration());
    var config =
        new ConfigLoader(host.environment())
            .loadForReplay(loaded.integration().configFields(), original.config());
    var request =
        RunRequest.of(loaded, original.instance(), config)
            .replaying(
                original.replayOf() != null ? original.replayOf() : runId,
                Instant.parse(original.windowTo()),
                Optional.ofNullable(original.windowFrom()).map(Instant::parse));
    return RunSupport.execute(host, args, request);
  }
}
