package dev.graphwright.qualys.sim.data;

/**
 * The cheap facts of a QID that detections and the ground truth need.
 *
 * @param wasType the finding type for web-application QIDs, null for host QIDs
 */
public record VulnCore(
    int qid, VulnType vulnType, int severity, int cveCount, WasFindingType wasType) {}
