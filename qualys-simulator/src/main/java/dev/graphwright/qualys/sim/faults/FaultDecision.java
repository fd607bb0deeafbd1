package dev.graphwright.qualys.sim.faults;

import java.util.EnumSet;
import java.util.Set;

/**
 * The faults drawn for one call. Drawing a fault does not mean it was injected: content faults
 * need something to alter (a second page, a detection); whoever injects one reports it to the
 * {@link FaultLedger}.
 *
 * @param draw a per-call random value, used to vary how a fault shows (which 5xx, where to cut)
 */
public record FaultDecision(Set<FaultKind> fired, long draw) {

  /** No fault. */
  public static final FaultDecision NONE = new FaultDecision(EnumSet.noneOf(FaultKind.class), 0);

  public boolean has(FaultKind kind) {
    return fired.contains(kind);
  }

  /** The transport fault of this call (the first drawn), or null. */
  public FaultKind transport() {
    for (FaultKind kind : fired) {
      if (kind.stage() == FaultKind.Stage.TRANSPORT) {
        return kind;
      }
    }
    return null;
  }
}
