package dev.graphwright.qualys.sim.data;

/**
 * A web-application finding. Information-gathered findings have no status, url or times detected
 * (null, null and 0), as in recorded Qualys output. Dates are epoch seconds; {@code fixedDate} is 0
 * unless fixed.
 */
public record FindingRecord(
    long id,
    String uniqueId,
    int qid,
    String name,
    WasFindingType type,
    boolean potential,
    int severity,
    String url,
    WasStatus status,
    long firstDetected,
    long lastDetected,
    long lastTested,
    long fixedDate,
    int timesDetected,
    boolean ignored,
    WebAppRecord webApp) {}
