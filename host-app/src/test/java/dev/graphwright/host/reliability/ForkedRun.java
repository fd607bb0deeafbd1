package dev.graphwright.host.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The host app's {@code Main} in its own JVM, as a user starts it: the test class path, the JVM
 * flags the tests use, and the product's own logging configuration (so the log file is written
 * where it would be, {@code <data-dir>/logs/host-app.log}). It can be killed like {@code kill -9}.
 */
final class ForkedRun implements AutoCloseable {

  private static final Path LOGBACK =
      Path.of("target", "classes", "logback.xml").toAbsolutePath();

  private final Process process;
  private final Path output;
  private final Path log;
  private final long logStart;

  private ForkedRun(Process process, Path output, Path log, long logStart) {
    this.process = process;
    this.output = output;
    this.log = log;
    this.logStart = logStart;
  }

  /**
   * Starts {@code Main} with {@code argv}; stdout and stderr go to {@code output}, the environment
   * is this JVM's plus {@code env}.
   *
   * @param dataDir the {@code --data-dir} the arguments name (where its log file will be)
   */
  static ForkedRun start(List<String> argv, Map<String, String> env, Path dataDir, Path output) {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (var flag : System.getProperty("test.jvm.flags", "").split(" ")) {
      if (!flag.isBlank()) {
        command.add(flag);
      }
    }
    command.addAll(List.of(
        "-Xmx512m",
        "-XX:+UseSerialGC",
        "-Dlogback.configurationFile=" + LOGBACK,
        "-cp",
        System.getProperty("java.class.path"),
        "dev.graphwright.host.cli.Main"));
    command.addAll(argv);
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(env);
    var log = dataDir.resolve("logs").resolve("host-app.log");
    try {
      // Runs sharing a data dir append to one log: this run's part starts here.
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      return new ForkedRun(builder.start(), output, log, logStart);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** What this process wrote to the log file so far ("" before it exists). */
  String log() {
    try {
      if (!Files.exists(log)) {
        return "";
      }
      var bytes = Files.readAllBytes(log);
      int from = (int) Math.min(logStart, bytes.length);
      return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A log being rolled or written can be read again on the next poll.
      return "";
    }
  }

  /** What the process printed so far. */
  String output() {
    return read(output);
  }

  /**
   * Waits until {@code condition} holds, polling every 25 ms; false when the process ended or the
   * time ran out first.
   */
  boolean await(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!process.isAlive()) {
        return condition.getAsBoolean();
      }
      sleep(25);
    }
    return false;
  }

  /** Waits until the log contains {@code fragment}. */
  boolean awaitLog(String fragment, Duration timeout) {
    return await(() -> log().contains(fragment), timeout);
  }

  /** {@code kill -9}: the JVM gets no chance to clean up. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** The exit code, once the process ended within {@code timeout}. */
  int awaitExit(Duration timeout) {
    if (!waitFor(timeout)) {
      throw new AssertionError(
          "the forked host app did not end within " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      // A log being rolled or written can be read again on the next poll.
      return "";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
