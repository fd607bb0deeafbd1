package dev.graphwright.qualys.sim.faults;

import dev.graphwright.qualys.sim.catalog.Api;
import dev.graphwright.qualys.sim.data.Rng;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active fault switches; replaceable at runtime. Whether a spec fires on a call is drawn from
 * the seed and that spec's own call counter, so a given sequence of calls sees the same faults.
 */
public final class FaultPlan {
  private static final long FAULT_STREAM = 0x5EED_FA17L;

  private final long seed;
  private volatile List<Active> active = List.of();
  private final AtomicLong calls = new AtomicLong();

  public FaultPlan(long seed, List<FaultSpec> specs) {
    this.seed = seed;
    replace(specs);
  }

  /** Replaces every active spec; counters restart, so the same calls see the same faults again. */
  public synchronized void replace(List<FaultSpec> specs) {
    calls.set(0);
    this.active = specs.stream().map(spec -> new Active(spec, new AtomicLong())).toList();
  }

  /** The active specs. */
  public List<FaultSpec> specs() {
    return active.stream().map(Active::spec).toList();
  }

  /** Draws the faults of one call of {@code api}. */
  public FaultDecision decide(Api api) {
    List<Active> current = active;
    long call = calls.incrementAndGet();
    if (current.isEmpty()) {
      return FaultDecision.NONE;
    }
    var fired = EnumSet.noneOf(FaultKind.class);
    for (int i = 0; i < current.size(); i++) {
      Active a = current.get(i);
      if (!a.spec.appliesTo(api)) {
        continue;
      }
      long n = a.counter.incrementAndGet();
      double roll =
          (Rng.hash(seed, FAULT_STREAM + a.spec.kind().ordinal(), i, n) >>> 11) * 0x1.0p-53;
      if (roll < a.spec.rate()) {
        fired.add(a.spec.kind());
      }
    }
    return fired.isEmpty()
        ? FaultDecision.NONE
        : new FaultDecision(fired, Rng.hash(seed, FAULT_STREAM, call));
  }

  private record Active(FaultSpec spec, AtomicLong counter) {}
}
