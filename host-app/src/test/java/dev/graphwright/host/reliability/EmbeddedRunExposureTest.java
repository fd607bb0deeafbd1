package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.runtime.run.Json;
import dev.graphwright.runtime.run.RunRecord;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The embedded graph of a {@code run} (the default store) is exposed like that of {@code serve}:
 * while the run is in progress its Bolt port listens on 127.0.0.1 only and refuses drivers without
 * the generated password. {@code EmbeddedGraphTest} checks the same for {@code serve} in CI; this
 * one starts an embedded Neo4j in a forked JVM (about a minute), so it runs with the long suite
 * ({@code -Dreliability.long=true}, {@code bench/crash-matrix}).
 */
@EnabledIfSystemProperty(named = "reliability.long", matches = "true")
class EmbeddedRunExposureTest {

  private static final Pattern BOLT = Pattern.compile("\\(Bolt (bolt://[^)]+)\\)");

  @TempDir
  Path dir;

  @Test
  void aRunsEmbeddedBoltListensOnLoopbackOnlyAndRefusesUnauthenticatedDrivers() throws Exception {
    try (var sim = Sims.start(Sims.small(13).latencyMs(200).latencyPerHostMs(10))) {
      var data = dir.resolve("data");
      var summary = dir.resolve("summary.json");
      var argv = List.of(
          "run",
          "qualys",
          "--instance",
          "exposure",
          "--quiet",
          "--summary-json",
          summary.toString(),
          "--plugins-dir",
          dev.graphwright.host.TestPlugins.qualysOnly(dir.resolve("plugins")).toString(),
          "--data-dir",
          data.toString());
      try (var fork = ForkedRun.start(
          argv, HostApp.qualysEnv(sim, CrashDrill.SLOW_PAGES), data, dir.resolve("run.out"))) {
        assertTrue(
            fork.await(() -> BOLT.matcher(fork.output()).find(), Duration.ofMinutes(2)),
            "the run prints its Bolt URI:\n" + fork.output());
        var matcher = BOLT.matcher(fork.output());
        assertTrue(matcher.find());
        var uri = URI.create(matcher.group(1));

        assertEquals("127.0.0.1", uri.getHost(), "loopback by default");
        assertTrue(fork.alive(), "checked while the run is in progress");
        assertRefusesUnauthenticated(uri);
        assertAcceptsTheGeneratedPassword(
            uri, Files.readString(data.resolve("neo4j-password")).strip());
        for (var address : nonLoopbackAddresses()) {
          try (var socket = new Socket()) {
            assertThrows(
                IOException.class,
                () -> socket.connect(new InetSocketAddress(address, uri.getPort()), 1000),
                "Bolt must not listen on " + address);
          }
        }
        assertTrue(fork.alive(), "the checks ran while the run was in progress");

        assertEquals(0, fork.awaitExit(Duration.ofMinutes(3)), fork.output());
        assertTrue(fork.output().contains("SUCCESS"), fork.output());
      }
      var record = Json.read(Files.readString(summary), RunRecord.class);
      assertTrue(
          record.totals().entities().getOrDefault("qualys_host_finding", 0L) > 0,
          record.totals().toString());
    }
  }

  private static void assertRefusesUnauthenticated(URI uri) {
    try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
      assertThrows(
          ClientException.class, driver::verifyConnectivity, "no credentials must be refused");
    } catch (AuthenticationException expected) {
      // also fine: refused at authentication
    }
    try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"))) {
      assertThrows(
          AuthenticationException.class,
          driver::verifyConnectivity,
          "the default password must be refused");
    }
  }

  private static void assertAcceptsTheGeneratedPassword(URI uri, String password) {
    try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
      driver.verifyConnectivity();
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    var addresses = new ArrayList<InetAddress>();
    for (var network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (var address : Collections.list(network.getInetAddresses())) {
        if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }
}
