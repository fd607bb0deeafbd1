package dev.graphwright.qualys.client.bench;

import dev.graphwright.qualys.client.support.FakeQualysServer;

/**
 * Runs the in-process stand-in on its own (to benchmark the client in a separate JVM): prints its
 * URL, serves for {@code args[5]} seconds, then prints its counters. Args: hosts,
 * detections-per-host, limit, foreign, latency-ms, seconds.
 */
public final class FakeServerMain {

  private FakeServerMain() {}

  public static void main(String[] args) throws Exception {
    Quiet.logs();
    try (var server = new FakeQualysServer(
        Integer.parseInt(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        Long.parseLong(args[4]))) {
      System.out.println(server.baseUrl());
      Thread.sleep(Long.parseLong(args[5]) * 1000);
      System.out.printf(
          "fake server: requests=%d http409=%d maxConcurrency=%d%n",
          server.requests(), server.http409(), server.maxConcurrency());
    }
  }
}
