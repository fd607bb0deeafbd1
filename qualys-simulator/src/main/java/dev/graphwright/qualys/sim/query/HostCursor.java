package dev.graphwright.qualys.sim.query;

import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.IdLayout;

/** Iterates the host indices of a {@link HostSelection} in ascending id order, lazily. */
public final class HostCursor {
  private final HostSelection selection;
  private final HostFactory hosts;
  private final IdLayout layout;
  private int range;
  private int index = -1;

  HostCursor(HostSelection selection, HostFactory hosts) {
    this.selection = selection;
    this.hosts = hosts;
    this.layout = hosts.ids();
  }

  /** The next selected host index, or -1 when there is none. */
  public int next() {
    var ids = selection.ids();
    while (range < ids.size()) {
      int candidate = Math.max(index + 1, layout.firstIndexAtOrAbove(ids.low(range)));
      if (candidate >= layout.count() || layout.id(candidate) > ids.high(range)) {
        range++;
        index = Math.max(index, candidate - 1);
        continue;
      }
      index = candidate;
      if (!selection.hasScanWindow() || selection.matchesScan(hosts.lastVmScan(candidate))) {
        return candidate;
      }
    }
    return -1;
  }
}
