package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code DETECTION} of a host. Absent or unparseable values are null (Info detections have no
 * STATUS; PORT/PROTOCOL are often missing).
 *
 * @param qid {@code QID}, always all digits (others are reported and skipped)
 * @param type {@code TYPE}: Confirmed, Potential or Info
 * @param severity {@code SEVERITY} 1–5
 * @param port {@code PORT}
 * @param protocol {@code PROTOCOL}
 * @param fqdn {@code FQDN}
 * @param ssl {@code SSL}
 * @param instance {@code INSTANCE}
 * @param status {@code STATUS}: New, Active, Fixed, Re-Opened
 * @param firstFound {@code FIRST_FOUND_DATETIME}
 * @param lastFound {@code LAST_FOUND_DATETIME}
 * @param timesFound {@code TIMES_FOUND}
 * @param lastTest {@code LAST_TEST_DATETIME}
 * @param lastUpdate {@code LAST_UPDATE_DATETIME}
 * @param lastFixed {@code LAST_FIXED_DATETIME}
 * @param lastProcessed {@code LAST_PROCESSED_DATETIME}
 * @param ignored {@code IS_IGNORED}
 * @param disabled {@code IS_DISABLED}
 * @param results {@code RESULTS}, only when asked for
 * @param uniqueVulnId {@code UNIQUE_VULN_ID}
 * @param qds {@code QDS}, the Qualys Detection Score 1–100 ({@code show_qds=1})
 * @param qdsSeverity the {@code severity} attribute of {@code QDS}: LOW, MEDIUM, HIGH, CRITICAL
 * @param qdsFactors {@code QDS_FACTORS} ({@code show_qds_factors=1}): each {@code QDS_FACTOR}'s
 *     {@code name} attribute to its text, in document order; empty when absent
 * @param firstReopened {@code FIRST_REOPENED_DATETIME} ({@code show_reopened_info=1})
 * @param lastReopened {@code LAST_REOPENED_DATETIME}
 * @param timesReopened {@code TIMES_REOPENED}; null when it never reopened
 * @param rawRef the DETECTION element
 */
public record Detection(
    String qid,
    @Nullable String type,
    @Nullable Integer severity,
    @Nullable Integer port,
    @Nullable String protocol,
    @Nullable String fqdn,
    @Nullable Boolean ssl,
    @Nullable String instance,
    @Nullable String status,
    @Nullable Instant firstFound,
    @Nullable Instant lastFound,
    @Nullable Integer timesFound,
    @Nullable Instant lastTest,
    @Nullable Instant lastUpdate,
    @Nullable Instant lastFixed,
    @Nullable Instant lastProcessed,
    @Nullable Boolean ignored,
    @Nullable Boolean disabled,
    @Nullable String results,
    @Nullable String uniqueVulnId,
    @Nullable Integer qds,
    @Nullable String qdsSeverity,
    Map<String, String> qdsFactors,
    @Nullable Instant firstReopened,
    @Nullable Instant lastReopened,
    @Nullable Integer timesReopened,
    RawRef rawRef) {

  public Detection {
    qdsFactors = Collections.unmodifiableMap(new LinkedHashMap<>(qdsFactors));
  }
}
