package dev.graphwright.qualys.sim.server;

import dev.graphwright.qualys.sim.api.CallContext;
import dev.graphwright.qualys.sim.api.Endpoint;
import dev.graphwright.qualys.sim.api.ServiceProfile;
import dev.graphwright.qualys.sim.api.SimpleReturn;
import dev.graphwright.qualys.sim.catalog.Api;
import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.faults.FaultDecision;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.faults.FaultPlan;
import dev.graphwright.qualys.sim.http.ApiRequest;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.limits.Admission;
import dev.graphwright.qualys.sim.limits.LimitState;
import dev.graphwright.qualys.sim.limits.Limits;
import dev.graphwright.qualys.sim.query.ParamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Qualys' front door, in order: route, Basic auth (401/2000), account faults (expired, QPS
 * unauthorized), injected server errors, limits (409 1960/1965, counted per API), the
 * {@code X-Requested-With} check and parameter errors (400), then the endpoint. v2 answers after
 * the limiter carry the limit headers of the state after counting the call.
 */
public final class RequestPipeline {
  private static final Logger log = LoggerFactory.getLogger(RequestPipeline.class);

  private final Router router = new Router();
  private final Account account;
  private final Limits limits;
  private final FaultPlan faults;
  private final MetricsRecorder metrics;
  private final ServiceProfile profile;
  private final Credentials credentials;
  private final long latencyMs;

  /** The configured user. */
  public record Credentials(String username, String password) {}

  public RequestPipeline(
      Account account,
      Limits limits,
      FaultPlan faults,
      MetricsRecorder metrics,
      ServiceProfile profile,
      Credentials credentials,
      long latencyMs) {
    this.account = account;
    this.limits = limits;
    this.faults = faults;
    this.metrics = metrics;
    this.profile = profile;
    this.credentials = credentials;
    this.latencyMs = latencyMs;
  }

  /** Answers one Qualys call. */
  public Reply handle(ApiRequest request) {
    Reply reply = decide(request);
    if (reply.status() != 409) {
      metrics.response(reply.status(), 0);
    }
    return reply;
  }

  private Reply decide(ApiRequest request) {
    var route = router.find(request.path());
    metrics.request(route == null ? null : route.api());
    if (route == null) {
      return Responses.notFound(request.path());
    }
    if (!route.methods().contains(request.method())) {
      return Responses.methodNotAllowed(request.method());
    }
    Api api = route.api();
    if (!authenticated(request)) {
      return Responses.badLogin(request.origin())
          .withHeaders(List.of(Map.entry("Server", "Qualys")));
    }
    FaultDecision decision = faults.decide(api);
    Reply failure = injectedFailure(api, request, decision);
    if (failure != null) {
      return failure;
    }
    Admission admission = limits.enter(api, forcedRefusal(decision));
    if (!admission.admitted()) {
      metrics.response(409, admission.outcome() == Admission.Outcome.CONCURRENCY ? 1960 : 1965);
      return Responses.conflict(request.origin(), admission)
          .withHeaders(limitHeaders(admission.state()));
    }
    Reply reply = answer(api, route.endpoint(), request, decision);
    reply = reply
        .withHeaders(api.limited() ? limitHeaders(admission.state()) : qpsHeaders())
        .withSlot(admission.slot());
    if (reply.status() == 200) {
      FaultKind transport = decision.transport();
      reply = reply.withDelivery(
          latencyMs, transport, 1024 + (int) Math.floorMod(decision.draw(), 6144L));
    }
    return reply;
  }

  // Faults that replace the whole answer, before any limit is counted; null when none was drawn.
  private @Nullable Reply injectedFailure(Api api, ApiRequest request, FaultDecision decision) {
    if (decision.has(FaultKind.EXPIRED)) {
      metrics.faultInjected(FaultKind.EXPIRED);
      return Responses.expired(request.origin())
          .withHeaders(List.of(Map.entry("Server", "Qualys")));
    }
    if (decision.has(FaultKind.QPS_UNAUTHORIZED)) {
      metrics.faultInjected(FaultKind.QPS_UNAUTHORIZED);
      return Responses.qpsUnauthorized().withHeaders(qpsHeaders());
    }
    if (decision.has(FaultKind.SERVER_ERROR)) {
      metrics.faultInjected(FaultKind.SERVER_ERROR);
      return Responses.serverError(api, request.origin(), profile.username(), decision.draw());
    }
    return null;
  }

  private Reply answer(Api api, Endpoint endpoint, ApiRequest request, FaultDecision decision) {
    if (request.requestedWith() == null || request.requestedWith().isBlank()) {
      return Responses.missingRequestedWith(request.origin());
    }
    try {
      return endpoint.handle(
          new CallContext(account, request, decision, metrics::faultInjected, profile));
    } catch (ParamException e) {
      return SimpleReturn.reply(
          400,
          SimpleReturn.APPLICATION_XML,
          request.origin(),
          false,
          e.code(),
          e.getMessage(),
          Map.of());
    } catch (RuntimeException e) {
      log.error("Simulator failure answering '{}' {}", api.key(), request.path(), e);
      return Responses.internalError();
    }
  }

  private Admission.@Nullable Outcome forcedRefusal(FaultDecision decision) {
    if (decision.has(FaultKind.CONCURRENCY_409)) {
      metrics.faultInjected(FaultKind.CONCURRENCY_409);
      return Admission.Outcome.CONCURRENCY;
    }
    if (decision.has(FaultKind.RATE_409)) {
      metrics.faultInjected(FaultKind.RATE_409);
      return Admission.Outcome.RATE;
    }
    return null;
  }

  private boolean authenticated(ApiRequest request) {
    String[] given = request.basicCredentials();
    return given != null
        && given[0].equals(credentials.username())
        && given[1].equals(credentials.password());
  }

  // The six limit headers in the order Qualys sends them, then X-Powered-By.
  private List<Map.Entry<String, String>> limitHeaders(LimitState s) {
    var headers = new ArrayList<Map.Entry<String, String>>();
    headers.add(Map.entry("Server", "Qualys"));
    headers.add(Map.entry("X-RateLimit-Limit", Integer.toString(s.rateLimit())));
    headers.add(Map.entry("X-RateLimit-Window-Sec", Integer.toString(s.windowSec())));
    headers.add(Map.entry("X-Concurrency-Limit-Limit", Integer.toString(s.concurrencyLimit())));
    headers.add(Map.entry("X-Concurrency-Limit-Running", Integer.toString(s.running())));
    headers.add(Map.entry("X-RateLimit-ToWait-Sec", Long.toString(s.toWaitSec())));
    headers.add(Map.entry("X-RateLimit-Remaining", Integer.toString(s.remaining())));
    headers.add(Map.entry("X-Powered-By", profile.poweredBy()));
    return headers;
  }

  private List<Map.Entry<String, String>> qpsHeaders() {
    return List.of(Map.entry("Server", "Apache"), Map.entry("X-Powered-By", profile.poweredBy()));
  }
}
