package dev.graphwright.qualys.client.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small local Qualys stand-in for load tests: host detections generated on the fly (hosts
 * {@code 1..hosts}, {@code detectionsPerHost} each, WARNING/id_min paging), about.php, and a
 * concurrency limit enforced like Qualys (409/1960 when our calls plus {@code foreign} exceed it,
 * {@code X-Concurrency-Limit-Running} counting this call). Loopback only.
 */
public final class FakeQualysServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final DetectionBodies bodies;
  private final int limit;
  private final int foreign;
  private final long latencyMs;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();

  /**
   * @param hosts hosts with ids 1..hosts
   * @param detectionsPerHost detections per host
   * @param limit X-Concurrency-Limit-Limit
   * @param foreign calls "running elsewhere" that count against the limit
   * @param latencyMs delay before each detection response
   */
  public FakeQualysServer(int hosts, int detectionsPerHost, int limit, int foreign, long latencyMs)
      throws IOException {
    this.bodies = new DetectionBodies(hosts, detectionsPerHost);
    this.limit = limit;
    this.foreign = foreign;
    this.latencyMs = latencyMs;
    // The JDK server otherwise leaves Nagle on: its small chunk writes then wait for delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(threads);
    server.createContext("/api/2.0/fo/asset/host/vm/detection/", this::detections);
    server.createContext("/msp/about.php", this::about);
    server.createContext("/api/2.0/fo/asset/host/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      send(
          exchange,
          200,
          foreign + 1,
          "<?xml version=\"1.0\"?><HOST_LIST_OUTPUT><RESPONSE>" + "<ID_SET><ID_RANGE>1-" + hosts
              + "</ID_RANGE></ID_SET></RESPONSE></HOST_LIST_OUTPUT>");
    });
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int maxConcurrency() {
    return maxActive.get();
  }

  public int requests() {
    return requests.get();
  }

  public int http409() {
    return conflicts.get();
  }

  private void about(HttpExchange exchange) throws IOException {
    // about.php is an API of its own: its calls do not count against the detection limit.
    send(
        exchange,
        200,
        1 + foreign,
        "<?xml version=\"1.0\"?><ABOUT><API-VERSION MAJOR=\"1\""
            + " MINOR=\"4\"/><WEB-VERSION>10.0.0-1</WEB-VERSION></ABOUT>");
  }

  private void detections(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    Map<String, String> form = form(exchange);
    int running = active.incrementAndGet() + foreign;
    boolean counted = true;
    try {
      if (running > limit) {
        conflicts.incrementAndGet();
        active.decrementAndGet();
        counted = false;
        send(
            exchange,
            409,
            running,
            "<SIMPLE_RETURN><RESPONSE><CODE>1960</CODE><TEXT>This API"
                + " cannot be run again until 1 currently running API instance has finished."
                + "</TEXT></RESPONSE></SIMPLE_RETURN>");
        return;
      }
      maxActive.accumulateAndGet(running - foreign, Math::max);
      sleep(latencyMs);
      headers(exchange, running);
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        bodies.write(out, form);
        out.flush();
        // Qualys stops counting the call once its body is out. Counting it down before the last
        // chunk is sent keeps this server's own thread scheduling out of the result: otherwise a
        // loaded machine could leave the count up after the client has read the whole body.
        active.decrementAndGet();
        counted = false;
      }
    } finally {
      if (counted) {
        active.decrementAndGet();
      }
    }
  }

  private void send(HttpExchange exchange, int status, int running, String body)
      throws IOException {
    headers(exchange, running);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void headers(HttpExchange exchange, int running) {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/xml");
    headers.set("X-RateLimit-Limit", "100000");
    headers.set("X-RateLimit-Window-Sec", "3600");
    headers.set("X-RateLimit-Remaining", "99999");
    headers.set("X-RateLimit-ToWait-Sec", "0");
    headers.set("X-Concurrency-Limit-Limit", Integer.toString(limit));
    headers.set("X-Concurrency-Limit-Running", Integer.toString(running));
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    var form = new HashMap<String, String>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
