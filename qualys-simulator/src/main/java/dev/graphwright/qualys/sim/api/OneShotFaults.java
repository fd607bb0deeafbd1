package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.faults.FaultKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Content faults drawn for a response, each injected once: at the first place it can apply. Taking
 * one reports it as injected.
 */
final class OneShotFaults {
  private final CallContext ctx;
  private final Set<FaultKind> pending = EnumSet.noneOf(FaultKind.class);

  OneShotFaults(CallContext ctx, FaultKind... kinds) {
    this.ctx = ctx;
    for (FaultKind kind : kinds) {
      if (ctx.drawn(kind)) {
        pending.add(kind);
      }
    }
  }

  /** Whether to inject {@code kind} here (true at most once per kind). */
  boolean take(FaultKind kind) {
    if (pending.remove(kind)) {
      ctx.injected(kind);
      return true;
    }
    return false;
  }
}
