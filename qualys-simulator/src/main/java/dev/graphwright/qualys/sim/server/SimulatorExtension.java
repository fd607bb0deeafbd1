package dev.graphwright.qualys.sim.server;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.graphwright.qualys.sim.http.ApiRequest;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.http.StreamedBody;
import dev.graphwright.qualys.sim.limits.CallSlot;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The WireMock extension that is the simulator: every request matches one catch-all stub, and this
 * transformer replaces the stub's answer with the simulator's reply, whose body streams lazily.
 * As a serve-event listener it ends the call once WireMock has sent the response, covering calls
 * whose body stream was never read.
 */
public final class SimulatorExtension implements ResponseTransformerV2, ServeEventListener {
  private final Function<ApiRequest, Reply> handler;
  private final String fallbackOrigin;
  private final StreamedBody.Delivery delivery;
  private final Map<UUID, CallSlot> inFlight = new ConcurrentHashMap<>();

  /**
   * @param handler answers simulator calls (Qualys and admin paths)
   * @param fallbackOrigin the origin to use when a request has no Host header
   */
  public SimulatorExtension(
      Function<ApiRequest, Reply> handler,
      String fallbackOrigin,
      MetricsRecorder metrics,
      java.util.function.BooleanSupplier stopping,
      long stallMaxMs) {
    this.handler = handler;
    this.fallbackOrigin = fallbackOrigin;
    this.delivery = new StreamedBody.Delivery(
        metrics::bytesServed, metrics::faultInjected, stopping, stallMaxMs);
  }

  @Override
  public String getName() {
    return "qualys-simulator";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public Response transform(Response stubResponse, ServeEvent serveEvent) {
    Reply reply = handler.apply(ApiRequest.from(serveEvent.getRequest(), fallbackOrigin));
    if (reply.slot() != null) {
      inFlight.put(serveEvent.getId(), reply.slot());
    }
    var headers = new HttpHeaders(reply.headers().stream()
        .map(h -> new HttpHeader(h.getKey(), h.getValue()))
        .toList());
    return Response.response()
        .status(reply.status())
        .headers(headers)
        .body(() -> new StreamedBody(reply, delivery))
        .configured(true)
        .build();
  }

  @Override
  public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
    CallSlot slot = inFlight.remove(serveEvent.getId());
    if (slot != null) {
      slot.release();
    }
  }
}
