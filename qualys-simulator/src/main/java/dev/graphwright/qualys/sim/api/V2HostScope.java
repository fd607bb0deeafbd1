package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.query.HostCursor;
import dev.graphwright.qualys.sim.query.HostSelection;
import dev.graphwright.qualys.sim.query.IdRanges;
import java.util.Set;

/**
 * The host part of a v2 host list or detection call: ids, id bounds and the scan-date filters,
 * including {@code vm_processed_before/after} on the host's last scan processing time.
 */
record V2HostScope(HostSelection selection, Long processedAfter, Long processedBefore) {

  /** Parameters this scope implements. */
  static final Set<String> PARAMS = Set.of(
      "ids", "id_min", "id_max", "vm_scan_since", "no_vm_scan_since", "vm_scan_date_after", "vm_scan_date_before",
      "vm_processed_after", "vm_processed_before", "max_days_since_last_vm_scan");

  static V2HostScope parse(V2Params p, long dataNow) {
    IdRanges ids = p.ids("ids");
    long idMin = p.longValue("id_min", 1);
    long idMax = p.longValue("id_max", Long.MAX_VALUE);
    IdRanges scope = (ids == null ? IdRanges.of(1, Long.MAX_VALUE) : ids).clip(idMin, idMax);
    Long since = p.date("vm_scan_since");
    String maxDays = p.get("max_days_since_last_vm_scan");
    if (maxDays != null) {
      long cutoff = dataNow - p.longValue("max_days_since_last_vm_scan", 0) * 86_400L;
      since = since == null ? cutoff : Math.max(since, cutoff);
    }
    var selection = new HostSelection(scope, since, p.date("no_vm_scan_since"), p.date("vm_scan_date_after"),
        p.date("vm_scan_date_before"));
    return new V2HostScope(selection, p.date("vm_processed_after"), p.date("vm_processed_before"));
  }

  /** Whether a built host passes the processing-time filters (the cursor already applied the rest). */
  boolean matchesProcessed(HostRecord host) {
    return (processedAfter == null || host.lastScanDatetime() > processedAfter)
        && (processedBefore == null || host.lastScanDatetime() < processedBefore);
  }

  /** The next selected host index, building the host only when a processing-time filter needs it; -1 at the end. */
  static int nextIndex(HostCursor cursor, HostFactory hosts, V2HostScope scope) {
    int index;
    while ((index = cursor.next()) >= 0) {
      if ((scope.processedAfter() == null && scope.processedBefore() == null) || scope.matchesProcessed(hosts.host(index))) {
        return index;
      }
    }
    return -1;
  }

  /** The next selected host at or after the cursor, built, or null. */
  static HostRecord next(HostCursor cursor, HostFactory hosts, V2HostScope scope) {
    int index;
    while ((index = cursor.next()) >= 0) {
      HostRecord host = hosts.host(index);
      if (scope.matchesProcessed(host)) {
        return host;
      }
    }
    return null;
  }
}
