package dev.graphwright.qualys.client.vm;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which scanned hosts to list; null bounds are not sent.
 *
 * @param vmScanDateAfter {@code vm_scan_date_after}: last VM scan ended after this
 * @param vmScanDateBefore {@code vm_scan_date_before}
 * @param vmProcessedAfter {@code vm_processed_after}: scan results processed after this
 * @param vmProcessedBefore {@code vm_processed_before}
 * @param scope the asset groups and tags the hosts must be in
 */
public record HostIdQuery(
    @Nullable Instant vmScanDateAfter,
    @Nullable Instant vmScanDateBefore,
    @Nullable Instant vmProcessedAfter,
    @Nullable Instant vmProcessedBefore,
    HostScope scope) {

  /** Every scanned host. */
  public static HostIdQuery all() {
    return new HostIdQuery(null, null, null, null, HostScope.ALL);
  }

  /** Hosts whose last VM scan ended in [after, before). */
  public static HostIdQuery scannedBetween(@Nullable Instant after, @Nullable Instant before) {
    return new HostIdQuery(after, before, null, null, HostScope.ALL);
  }

  /** This query limited to the hosts in this scope. */
  public HostIdQuery within(HostScope hostScope) {
    return new HostIdQuery(
        vmScanDateAfter, vmScanDateBefore, vmProcessedAfter, vmProcessedBefore, hostScope);
  }

  Map<String, String> toParams() {
    var params = new LinkedHashMap<String, String>();
    QueryParams.putInstant(params, "vm_scan_date_after", vmScanDateAfter);
    QueryParams.putInstant(params, "vm_scan_date_before", vmScanDateBefore);
    QueryParams.putInstant(params, "vm_processed_after", vmProcessedAfter);
    QueryParams.putInstant(params, "vm_processed_before", vmProcessedBefore);
    scope.putParams(params);
    return params;
  }
}
