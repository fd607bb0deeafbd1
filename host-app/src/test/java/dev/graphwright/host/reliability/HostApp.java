package dev.graphwright.host.reliability;

import dev.graphwright.host.cli.Main;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real host app, run in-process ({@link Main#run}) with a plugins directory, into the shared
 * test Neo4j; each run writes its record with {@code --summary-json}.
 */
final class HostApp {

  /** What one command printed, returned and (for runs) recorded. */
  record Outcome(int exitCode, String out, String err, RunRecord record) {

    /** The step's record; fails when the run has none. */
    RunRecord.StepRecord step(String id) {
      return record.steps().stream()
          .filter(s -> s.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no step '" + id + "' in\n" + this));
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
  }

  private final Path dir;
  private final List<String> global;

  /** A host app loading the plugins in {@code pluginsDir}, with its data dir under {@code dir}. */
  HostApp(Path dir, Path pluginsDir) {
    this(dir, pluginsDir, false);
  }

  /**
   * @param embedded whether runs use the embedded graph under the data dir (the default store)
   *     instead of the shared test Neo4j
   */
  private HostApp(Path dir, Path pluginsDir, boolean embedded) {
    this.dir = dir;
    if (embedded) {
      global = List.of(
          "--plugins-dir", pluginsDir.toString(), "--data-dir", dataDir().toString());
      return;
    }
    var database = TestGraph.database();
    var passwordFile = dir.resolve("neo4j-password");
    try {
      Files.createDirectories(dir);
      Files.writeString(passwordFile, database.password());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    global = List.of(
        "--plugins-dir", pluginsDir.toString(),
        "--data-dir", dataDir().toString(),
        "--neo4j-uri", database.boltUri().toString(),
        "--neo4j-password-file", passwordFile.toString());
  }

  /** A host app with the built Qualys plugin jar whose runs use their own embedded graph. */
  static HostApp qualysEmbedded(Path dir) {
    return new HostApp(
        dir, dev.graphwright.host.TestPlugins.qualysOnly(dir.resolve("plugins")), true);
  }

  /** A host app with the built Qualys plugin jar. */
  static HostApp qualys(Path dir) {
    return new HostApp(dir, dev.graphwright.host.TestPlugins.qualysOnly(dir.resolve("plugins")));
  }

  /** The variables a Qualys user sets for this simulator, plus {@code extra} name/value pairs. */
  static Map<String, String> qualysEnv(QualysSimulator simulator, String... extra) {
    return qualysEnv(
        simulator.baseUrl(), simulator.options().username(), simulator.options().password(), extra);
  }

  static Map<String, String> qualysEnv(String url, String user, String password, String... extra) {
    var env = new HashMap<String, String>();
    env.put("QUALYS_API_URL", url);
    env.put("QUALYS_USERNAME", user);
    env.put("QUALYS_PASSWORD", password);
    for (int i = 0; i + 1 < extra.length; i += 2) {
      env.put(extra[i], extra[i + 1]);
    }
    return env;
  }

  Path dataDir() {
    return dir.resolve("data");
  }

  /** The global options (plugins, data dir, the shared Neo4j), e.g. for a forked process. */
  List<String> globalOptions() {
    return global;
  }

  /** {@code run <integration> --instance <instance> --quiet} with the wall clock. */
  Outcome run(String integration, String instance, Map<String, String> env, String... extra) {
    return run(integration, instance, env, Clock.systemUTC(), extra);
  }

  /** {@code run}, with a clock that sets the run's start (and so its windows). */
  Outcome run(
      String integration, String instance, Map<String, String> env, Clock clock, String... extra) {
    var summary = dir.resolve("summary-" + System.nanoTime() + ".json");
    var args = new ArrayList<>(List.of(
        "run",
        integration,
        "--instance",
        instance,
        "--quiet",
        "--summary-json",
        summary.toString()));
    args.addAll(List.of(extra));
    var outcome = execute(args, env, clock);
    try {
      var record =
          Files.exists(summary) ? Json.read(Files.readString(summary), RunRecord.class) : null;
      return new Outcome(outcome.exitCode(), outcome.out(), outcome.err(), record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any other command with the global options. */
  Outcome command(Map<String, String> env, String... argv) {
    return execute(new ArrayList<>(List.of(argv)), env, Clock.systemUTC());
  }

  private Outcome execute(List<String> args, Map<String, String> env, Clock clock) {
    args.addAll(global);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        clock);
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), null);
  }
}
