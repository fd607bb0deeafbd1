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
    List<TagRecord> tags) {}
