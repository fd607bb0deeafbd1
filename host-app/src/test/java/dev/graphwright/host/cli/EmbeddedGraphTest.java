package dev.graphwright.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.host.TestPlugins;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/** The default store: the embedded graph under the data dir, and {@code serve}. */
class EmbeddedGraphTest {

  @TempDir
  Path dir;

  @Test
  void runFillsTheEmbeddedGraphAndQueryCountsIt() {
    var hostApp = new HostAppRunner(List.of(
        "--plugins-dir", TestPlugins.exampleOnly(dir.resolve("plugins")).toString(),
        "--data-dir", dir.resolve("data").toString()));
    var run = hostApp.run(Map.of("EXAMPLE_COUNT", "200"), "run", "example", "--quiet");
    assertEquals(0, run.exitCode(), run.toString());
    var query = hostApp.run("query", "MATCH (n:Entity) RETURN count(n) AS entities");
    assertEquals(0, query.exitCode(), query.toString());
    assertTrue(query.out().contains("210"), query.out());
  }

  @Test
  void nothingUnderAFreshDataDirIsReadableByOthers() throws IOException {
    var data = dir.resolve("fresh-data");
    var hostApp = new HostAppRunner(List.of(
        "--plugins-dir", TestPlugins.exampleOnly(dir.resolve("plugins")).toString(),
        "--data-dir", data.toString()));
    var run = hostApp.run(Map.of("EXAMPLE_COUNT", "50"), "run", "example", "--quiet");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.exists(data.resolve("neo4j")) && Files.exists(data.resolve("raw")));
    var open = new java.util.ArrayList<String>();
    try (var paths = Files.walk(data)) {
      paths.filter(p -> !Files.isSymbolicLink(p)).forEach(p -> {
        try {
          var mode = java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(p));
          if (!mode.endsWith("------")) {
            open.add(mode + " " + data.relativize(p));
          }
        } catch (IOException e) {
          // vanished while walking
        }
      });
    }
    assertEquals(List.of(), open, "group or others may read these");
    assertEquals(
        "rwx------",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
  }

  @Test
  void anExistingDataDirOpenToOthersIsReported() throws IOException {
    var data = Files.createDirectories(dir.resolve("open-data"));
    Files.setPosixFilePermissions(
        data, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    var hostApp = new HostAppRunner(List.of("--data-dir", data.toString()));
    var result = hostApp.run("query", "RETURN 1 AS one");
    assertTrue(
        result.err().contains("is open to other users (rwxr-xr-x)")
            && result.err().contains("chmod -R go-rwx " + data),
        result.toString());
  }

  @Test
  void serveAcceptsAuthenticatedDriversOnLoopbackOnly() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("test.jvm.flags", "").split(" ")));
    command.removeIf(String::isBlank);
    command.addAll(List.of(
        "-cp",
        System.getProperty("java.class.path"),
        "dev.graphwright.host.cli.Main",
        "serve",
        "--data-dir",
        dir.resolve("data").toString(),
        "--plugins-dir",
        dir.resolve("plugins").toString(),
        "--bolt-port",
        Integer.toString(port)));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      var uri = awaitBoltUri(process);
      assertEquals(URI.create("bolt://127.0.0.1:" + port), uri);
      var password = Files.readString(dir.resolve("data/neo4j-password")).strip();
      try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
        var one = driver
            .executableQuery("RETURN 1 AS one")
            .execute()
            .records()
            .get(0)
            .get("one")
            .asInt();
        assertEquals(1, one);
      }
      try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
        assertThrows(
            ClientException.class, driver::verifyConnectivity, "unauthenticated must be refused");
      } catch (AuthenticationException expected) {
        // also fine: refused at authentication
      }
      try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"))) {
        assertThrows(
            AuthenticationException.class,
            driver::verifyConnectivity,
            "the default password must be refused");
      }
      for (var address : nonLoopbackAddresses()) {
        try (var socket = new Socket()) {
          assertThrows(
              IOException.class,
              () -> socket.connect(new InetSocketAddress(address, port), 1000),
              "Bolt must not listen on " + address);
        }
      }
    } finally {
      process.destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
    }
    assertTrue(
        Files.notExists(dir.resolve("data/serve.properties")), "the serve marker is removed");
  }

  private static URI awaitBoltUri(Process process) throws IOException {
    var reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    var seen = new StringBuilder();
    String line;
    while ((line = reader.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.strip().startsWith("Bolt URI:")) {
        var uri = URI.create(line.strip().substring("Bolt URI:".length()).strip());
        Thread.ofVirtual().start(() -> reader.lines().forEach(l -> {}));
        return uri;
      }
    }
    throw new AssertionError("serve ended without printing its Bolt URI:\n" + seen);
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    var addresses = new ArrayList<InetAddress>();
    for (var network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (var address : Collections.list(network.getInetAddresses())) {
        if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }
}
