package dev.graphwright.qualys.sim;

import java.util.concurrent.CountDownLatch;

/** Runs the simulator from the command line until the process is killed. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException, java.io.IOException {
    // Before any logger exists: the simulator's console shows only WARN and ERROR.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "qualys-simulator-logback.xml");
    }
    if (SimulatorCommand.helpRequested(args)) {
      System.out.print(SimulatorCommand.usage());
      return;
    }
    SimulatorOptions options;
    try {
      options = SimulatorCommand.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("qualys-simulator: " + e.getMessage());
      System.err.println("Try --help.");
      System.exit(2);
      return;
    }
    var simulator = QualysSimulator.start(options);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              simulator.stop();
              stopped.countDown();
            },
            "qualys-simulator-shutdown"));
    System.out.printf(
        "Qualys simulator listening on %s (user %s, hosts %d, detections %d)%n",
        simulator.baseUrl(), options.username(), options.hosts(), simulator.totalDetections());
    System.out.flush();
    if (options.portFile() != null) {
      // Written whole, then moved into place: a script polling for the file never reads half.
      var file = java.nio.file.Path.of(options.portFile()).toAbsolutePath();
      var partial = file.resolveSibling(file.getFileName() + ".partial");
      java.nio.file.Files.writeString(partial, simulator.port() + "\n");
      java.nio.file.Files.move(
          partial,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    stopped.await();
  }
}
