package dev.graphwright.qualys.sim.query;

import dev.graphwright.qualys.sim.data.HostFactory;

/**
 * Which hosts a v2 call (or a ground-truth query) selects: id ranges plus the last-VM-scan window.
 *
 * <p>Semantics, in epoch seconds of the host's last VM scan end {@code s}: {@code vm_scan_since}
 * keeps {@code s >= x}; {@code no_vm_scan_since} keeps {@code s < x}; {@code vm_scan_date_after}
 * keeps {@code s > x}; {@code vm_scan_date_before} keeps {@code s < x}. Null means no bound.
 */
public record HostSelection(
    IdRanges ids, Long scanSince, Long noScanSince, Long scanAfter, Long scanBefore) {

  /** Every host. */
  public static HostSelection all() {
    return new HostSelection(IdRanges.of(1, Long.MAX_VALUE), null, null, null, null);
  }

  /** Only the scan window {@code (after, before)}; either may be null. */
  public static HostSelection scannedBetween(Long after, Long before) {
    return new HostSelection(IdRanges.of(1, Long.MAX_VALUE), null, null, after, before);
  }

  /** Whether a host last scanned at {@code lastVmScan} is in the window. */
  public boolean matchesScan(long lastVmScan) {
    return (scanSince == null || lastVmScan >= scanSince)
        && (noScanSince == null || lastVmScan < noScanSince)
        && (scanAfter == null || lastVmScan > scanAfter)
        && (scanBefore == null || lastVmScan < scanBefore);
  }

  /** Walks the selected host indices in ascending id order. */
  public HostCursor cursor(HostFactory hosts) {
    return new HostCursor(this, hosts);
  }

  /** Whether any scan-date bound is set (then hosts must be checked one by one). */
  boolean hasScanWindow() {
    return scanSince != null || noScanSince != null || scanAfter != null || scanBefore != null;
  }
}
