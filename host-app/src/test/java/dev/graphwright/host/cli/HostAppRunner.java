package dev.graphwright.host.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code host-app} commands in-process and captures what they print. */
final class HostAppRunner {

  /** What a command printed and returned. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
  }

  private final List<String> globalOptions;

  HostAppRunner(List<String> globalOptions) {
    this.globalOptions = globalOptions;
  }

  Result run(Map<String, String> environment, String... argv) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var args = new ArrayList<>(List.of(argv));
    args.addAll(globalOptions);
    int code = Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        environment,
        Clock.systemUTC());
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Result run(String... argv) {
    return run(Map.of(), argv);
  }
}
