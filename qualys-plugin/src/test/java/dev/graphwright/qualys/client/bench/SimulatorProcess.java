package dev.graphwright.qualys.client.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's Qualys simulator in its own JVM (so the benchmark's heap figures are the
 * client's alone), started from this JVM's class path; closed by destroying that one process.
 */
final class SimulatorProcess implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final String baseUrl;

  SimulatorProcess(List<String> simulatorArgs) throws IOException {
    var command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "dev.graphwright.qualys.sim.Main",
        "--port", "0"));
    command.addAll(simulatorArgs);
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String found = null;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      System.out.println("simulator: " + line);
      var matcher = URL.matcher(line);
      if (matcher.find()) {
        found = matcher.group(1);
        break;
      }
    }
    if (found == null) {
      process.destroy();
      throw new IOException("the simulator did not start (is qualys-simulator built?)");
    }
    baseUrl = found;
    Thread.ofPlatform().daemon(true).start(() -> lines.lines().forEach(l -> {}));
  }

  String baseUrl() {
    return baseUrl;
  }

  /** CPU time the simulator process has used so far, in seconds. */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  @Override
  public void close() {
    process.destroy();
  }
}
