package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.faults.FaultDecision;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.faults.FaultLedger;
import dev.graphwright.qualys.sim.http.ApiRequest;
import java.time.Instant;

/** Everything an endpoint needs to answer one call. */
public record CallContext(
    Account account,
    ApiRequest request,
    FaultDecision faults,
    FaultLedger ledger,
    ServiceProfile profile) {

  /** The simulated "now" all data is anchored to, in epoch seconds. */
  public long dataNow() {
    return account.spec().now();
  }

  /** The wall-clock time, for {@code DATETIME} elements. */
  public long wallClock() {
    return Instant.now().getEpochSecond();
  }

  /** Whether a content fault was drawn for this call; reporting happens when it is injected. */
  public boolean drawn(FaultKind kind) {
    return faults.has(kind);
  }

  /** Reports an injected fault. */
  public void injected(FaultKind kind) {
    ledger.injected(kind);
  }

  /** Spends the per-host latency. */
  public void hostDelay() {
    long ms = profile.latencyPerHostMs();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
