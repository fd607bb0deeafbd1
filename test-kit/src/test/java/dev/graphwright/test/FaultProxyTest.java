package dev.graphwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

  private WireMockServer api;
  private FaultProxy proxy;
  private HttpClient client;

  @BeforeEach
  void start() {
    api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    api.start();
    api.stubFor(any(anyUrl()).willReturn(aResponse().withBody("fine")));
    proxy = FaultProxy.inFrontOf(api.baseUrl());
    client = HttpClient.newHttpClient();
  }

  @AfterEach
  void stop() {
    client.close();
    proxy.close();
    api.stop();
  }

  @Test
  void injectsTheNextFaultsOnAPathThenPassesThrough() throws Exception {
    proxy.inject("/data/.*", 2, HttpFault.status(503, "busy"));
    proxy.inject("/data/.*", 1, HttpFault.tooManyRequests(Duration.ofSeconds(7)));
    assertEquals(200, get("/other").statusCode());
    assertEquals(503, get("/data/1").statusCode());
    assertEquals(503, get("/data/2").statusCode());
    var limited = get("/data/3");
    assertEquals(429, limited.statusCode());
    assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
    var passed = get("/data/4");
    assertEquals(200, passed.statusCode());
    assertEquals("fine", passed.body());
    assertEquals(3, proxy.faultsServed());
    assertEquals(5, proxy.requests());
  }

  @Test
  void breaksConnectionsAndBodies() throws Exception {
    proxy.inject(".*", 1, HttpFault.connectionReset());
    proxy.inject(".*", 1, HttpFault.truncatedBody());
    assertThrows(IOException.class, () -> get("/a"));
    assertThrows(IOException.class, () -> get("/b"));
    assertEquals("fine", get("/c").body());
  }

  @Test
  void aStalledResponseTripsTheClientsReadTimeout() throws Exception {
    proxy.inject(".*", 1, HttpFault.stalledBody("x".repeat(4096), Duration.ofSeconds(4)));
    var connection =
        (HttpURLConnection) URI.create(proxy.baseUrl() + "/slow").toURL().openConnection();
    connection.setReadTimeout(1000);
    assertThrows(SocketTimeoutException.class, () -> {
      connection.getResponseCode();
      try (var body = connection.getInputStream()) {
        body.readAllBytes();
      }
    });
    connection.disconnect();
    proxy.heal();
    assertEquals("fine", get("/fast").body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(proxy.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
