package dev.graphwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of any API (a simulator, a replayed recording, a test server) that passes
 * requests through and injects faults where told: the next N requests to a path get a fault, then
 * the API answers again.
 *
 * <pre>{@code
 * try (var proxy = FaultProxy.inFrontOf(simulator.baseUrl())) {
 *   proxy.inject(".*[/]detection[/].*", 2, HttpFault.status(503, ""));
 *   proxy.inject(".*", 1, HttpFault.connectionReset());
 *   tester.config("ACME_API_URL", proxy.baseUrl()).run().assertSucceeded();
 *   assertEquals(3, proxy.faultsServed());
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {

  /** The pass-through stub's priority; injected faults come before it, in order. */
  private static final int PASS_THROUGH = 10_000;

  private final WireMockServer server;
  private final String target;
  private final AtomicInteger scenarios = new AtomicInteger();

  private FaultProxy(WireMockServer server, String target) {
    this.server = server;
    this.target = target;
  }

  /** Starts a proxy on a free loopback port, passing everything to {@code targetBaseUrl}. */
  public static FaultProxy inFrontOf(String targetBaseUrl) {
    var server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(
        any(anyUrl()).atPriority(PASS_THROUGH).willReturn(aResponse().proxiedFrom(targetBaseUrl)));
    return new FaultProxy(server, targetBaseUrl);
  }

  /** Where to point the integration instead of the API. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The next {@code times} requests whose path matches {@code pathRegex} get {@code fault}; later
   * ones pass through. Injections queue up: a request gets the fault of the earliest injection
   * that matches it and still has a count left.
   */
  public FaultProxy inject(String pathRegex, int times, HttpFault fault) {
    return inject(pathRegex, null, null, times, fault);
  }

  /**
   * Like {@link #inject(String, int, HttpFault)}, only for requests whose header {@code header}
   * contains {@code text}: e.g. an AWS region, which a signed request names in its {@code
   * Authorization} header ({@code /eu-west-1/}).
   */
  public FaultProxy injectWhereHeader(
      String pathRegex, String header, String text, int times, HttpFault fault) {
    return inject(pathRegex, header, text, times, fault);
  }

  private FaultProxy inject(
      String pathRegex, String header, String text, int times, HttpFault fault) {
    int order = scenarios.incrementAndGet();
    if (order >= PASS_THROUGH) {
      throw new IllegalStateException("at most " + (PASS_THROUGH - 1) + " injections per proxy");
    }
    var scenario = "fault-" + order;
    for (int i = 0; i < times; i++) {
      var state = i == 0 ? Scenario.STARTED : scenario + "-" + i;
      var request = any(urlPathMatching(pathRegex));
      if (header != null) {
        request = request.withHeader(header, containing(text));
      }
      server.stubFor(request
          .atPriority(order)
          .inScenario(scenario)
          .whenScenarioStateIs(state)
          .willSetStateTo(scenario + "-" + (i + 1))
          .willReturn(fault.response(target)));
    }
    return this;
  }

  /** Requests that got a fault so far. */
  public int faultsServed() {
    return (int) server.getAllServeEvents().stream()
        .filter(e -> e.getStubMapping() != null && isFault(e.getStubMapping()))
        .count();
  }

  /** Requests seen so far, faulted or passed through. */
  public int requests() {
    return server.getAllServeEvents().size();
  }

  /** Removes every injected fault: everything passes through again. */
  public void heal() {
    server.getStubMappings().stream()
        .filter(FaultProxy::isFault)
        .toList()
        .forEach(server::removeStub);
  }

  private static boolean isFault(com.github.tomakehurst.wiremock.stubbing.StubMapping mapping) {
    return mapping.getPriority() != null && mapping.getPriority() < PASS_THROUGH;
  }

  @Override
  public void close() {
    server.stop();
  }
}
