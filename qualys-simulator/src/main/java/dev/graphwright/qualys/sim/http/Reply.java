package dev.graphwright.qualys.sim.http;

import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.limits.CallSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response the simulator sends: status, headers in order, and a streamed body.
 *
 * @param transportFault a fault that breaks the body's delivery, or null
 * @param cutHint where to break it (bytes into the body, roughly)
 */
public record Reply(
    int status,
    List<Map.Entry<String, String>> headers,
    BodyWriter body,
    long firstByteDelayMs,
    FaultKind transportFault,
    int cutHint,
    CallSlot slot) {

  /** A builder with a status and a content type. */
  public static Builder status(int status, String contentType) {
    return new Builder(status).header("Content-Type", contentType);
  }

  /** Builds {@link Reply} values. */
  public static final class Builder {
    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private BodyWriter body = out -> false;
    private long firstByteDelayMs;
    private FaultKind transportFault;
    private int cutHint;
    private CallSlot slot;

    private Builder(int status) {
      this.status = status;
    }

    public Builder header(String name, String value) {
      headers.add(Map.entry(name, value));
      return this;
    }

    public Builder body(BodyWriter body) {
      this.body = body;
      return this;
    }

    public Builder firstByteDelayMs(long delay) {
      this.firstByteDelayMs = delay;
      return this;
    }

    public Builder transportFault(FaultKind fault, int cutHint) {
      this.transportFault = fault;
      this.cutHint = cutHint;
      return this;
    }

    public Builder slot(CallSlot slot) {
      this.slot = slot;
      return this;
    }

    public Reply build() {
      return new Reply(
          status, List.copyOf(headers), body, firstByteDelayMs, transportFault, cutHint, slot);
    }
  }

  /** This reply with more headers appended. */
  public Reply withHeaders(List<Map.Entry<String, String>> more) {
    var all = new ArrayList<>(headers);
    all.addAll(more);
    return new Reply(
        status, List.copyOf(all), body, firstByteDelayMs, transportFault, cutHint, slot);
  }

  /** This reply, holding a running-call slot until its body is written. */
  public Reply withSlot(CallSlot callSlot) {
    return new Reply(status, headers, body, firstByteDelayMs, transportFault, cutHint, callSlot);
  }

  /** This reply with a first-byte delay and a transport fault. */
  public Reply withDelivery(long delayMs, FaultKind fault, int hint) {
    return new Reply(status, headers, body, delayMs, fault, hint, slot);
  }
}
