package dev.graphwright.aws.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * moto's AWS API emulator ({@code moto_server}, a real implementation of the EC2, STS and other
 * APIs) as a child process on a free loopback port. It keeps its state in memory: a new server is
 * an empty account (id {@value #ACCOUNT_ID}).
 */
public final class MotoServer implements AutoCloseable {

  /** The account id moto answers with. */
  public static final String ACCOUNT_ID = "123456789012";

  /** What to tell a user who has no moto_server. */
  public static final String INSTALL_HINT =
      "moto_server (the AWS API emulator) is not installed: pip install 'moto[server]'";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final URI endpoint;
  private final Path log;

  private MotoServer(Process process, URI endpoint, Path log) {
    this.process = process;
    this.endpoint = endpoint;
    this.log = log;
  }

  /** Whether {@code moto_server} is on the PATH. */
  public static boolean available() {
    return executable() != null;
  }

  /** Starts a server on a free port of 127.0.0.1 and waits until it answers. */
  public static MotoServer start() {
    var executable = executable();
    if (executable == null) {
      throw new IllegalStateException(INSTALL_HINT);
    }
    try {
      int port = freePort();
      var log = Files.createTempFile("moto-server", ".log");
      var process = new ProcessBuilder(
              List.of(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      var server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start moto_server", e);
    }
  }

  /** The endpoint to give the AWS SDK ({@code endpointOverride}, or {@code AWS_ENDPOINT_URL}). */
  public URI endpoint() {
    return endpoint;
  }

  /** Forgets every resource: the account is empty again. */
  public void reset() {
    try (var client = HttpClient.newHttpClient()) {
      var response = client.send(
          HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("moto reset answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "moto_server exited at start (" + process.exitValue() + "): " + Files.readString(log));
      }
      try (var socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 500);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    close();
    throw new IllegalStateException("moto_server did not answer within " + START_TIMEOUT.toSeconds()
        + " s: " + Files.readString(log));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path executable() {
    var path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (var dir : path.split(java.io.File.pathSeparator)) {
      var candidate = Path.of(dir, "moto_server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
