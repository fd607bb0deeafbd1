package dev.graphwright.qualys.sim.data;

/**
 * One detection of a host. Dates are epoch seconds; absent values are -1 (port), null (protocol,
 * status) or 0 (lastFixed).
 *
 * @param hostIndex the host it belongs to
 * @param ordinal its position among the host's detections (keys the RESULTS text)
 * @param timesReopened how often it came back after a fix (0: never; then the two dates are 0)
 */
public record DetectionRecord(
    int hostIndex,
    int ordinal,
    int qid,
    DetectionType type,
    int severity,
    int port,
    String protocol,
    boolean ssl,
    DetectionStatus status,
    long firstFound,
    long lastFound,
    long lastTest,
    long lastUpdate,
    long lastProcessed,
    long lastFixed,
    int timesFound,
    boolean ignored,
    boolean disabled,
    int timesReopened,
    long firstReopened,
    long lastReopened) {

  /** The finding key {@code hostId|port|protocol|qid|ssl|type}; absent values are empty. */
  public String findingKey(long hostId) {
    return hostId + "|" + (port < 0 ? "" : Integer.toString(port)) + "|"
        + (protocol == null ? "" : protocol) + "|" + qid + "|" + (ssl ? 1 : 0) + "|" + type.label();
  }
}
