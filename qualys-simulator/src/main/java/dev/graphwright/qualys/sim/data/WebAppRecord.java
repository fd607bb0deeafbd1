package dev.graphwright.qualys.sim.data;

import java.util.List;

/**
 * A web application. Dates are epoch seconds; {@code lastScanDate} is 0 when it was never scanned.
 *
 * @param name sometimes shared with the previous application; urls are unique
 */
public record WebAppRecord(
    int index,
    long id,
    String name,
    String url,
    long ownerId,
    long created,
    long updated,
    boolean scanned,
    long lastScanId,
    long lastScanDate,
    List<TagRecord> tags) {

  /**
   * The last scan date in epoch milliseconds, or 0. Qualys stores it with milliseconds, which is
   * why a {@code lastScan.date EQUALS} search on a seconds-precision value finds nothing; the
   * simulator keeps a fixed non-zero millisecond part to behave the same.
   */
  public long lastScanMillis() {
    return lastScanDate == 0 ? 0 : lastScanDate * 1000 + 1 + Math.floorMod(id * 7919, 999);
  }
}
