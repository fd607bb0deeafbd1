package dev.graphwright.qualys.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's Qualys simulator in its own JVM (so the benchmark's heap figures are the
 * client's alone), started from this JVM's class path; closed by destroying that one process.
 */
final class SimulatorProcess implements AutoCloseable {

  private final Process process;
  private final String baseUrl;

  SimulatorProcess(List<String> simulatorArgs) throws IOException {
    var portFile = Files.createTempFile("qualys-simulator", ".port");
    Files.delete(portFile);
    var command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g",
        "-cp",
        System.getProperty("java.class.path"),
        "dev.graphwright.qualys.sim.Main",
        "--port",
        "0",
        "--port-file",
        portFile.toString()));
    command.addAll(simulatorArgs);
    process = new ProcessBuilder(command).inheritIO().start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!Files.exists(portFile)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroy();
        throw new IOException("the simulator did not start (is qualys-simulator built?)");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while the simulator started", e);
      }
    }
    baseUrl = "http://127.0.0.1:" + Files.readString(portFile).strip();
    Files.deleteIfExists(portFile);
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
