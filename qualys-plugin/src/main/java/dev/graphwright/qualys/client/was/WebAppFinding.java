package dev.graphwright.qualys.client.was;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One WAS {@code Finding}. Information-gathered findings have no status, url or timesDetected.
 *
 * @param id {@code id}
 * @param uniqueId {@code uniqueId} (UUID; the stable key)
 * @param qid {@code qid} as sent
 * @param name {@code name}
 * @param type {@code type}: VULNERABILITY, SENSITIVE_CONTENT, INFORMATION_GATHERED
 * @param findingType {@code findingType}: QUALYS, BURP, BUGCROWD
 * @param severity {@code severity} 1–5
 * @param url {@code url}
 * @param status {@code status}: NEW, ACTIVE, REOPENED, PROTECTED, FIXED
 * @param potential {@code potential}
 * @param firstDetectedDate {@code firstDetectedDate}
 * @param lastDetectedDate {@code lastDetectedDate}
 * @param lastTestedDate {@code lastTestedDate}
 * @param fixedDate {@code fixedDate}
 * @param timesDetected {@code timesDetected}
 * @param ignored {@code isIgnored}
 * @param webApp {@code webApp}
 * @param cvssV3Base {@code cvssV3/base}
 * @param rawRef the Finding element
 */
public record WebAppFinding(
    @Nullable String id,
    @Nullable String uniqueId,
    @Nullable String qid,
    @Nullable String name,
    @Nullable String type,
    @Nullable String findingType,
    @Nullable Integer severity,
    @Nullable String url,
    @Nullable String status,
    @Nullable Boolean potential,
    @Nullable Instant firstDetectedDate,
    @Nullable Instant lastDetectedDate,
    @Nullable Instant lastTestedDate,
    @Nullable Instant fixedDate,
    @Nullable Integer timesDetected,
    @Nullable Boolean ignored,
    WebAppRef webApp,
    @Nullable Double cvssV3Base,
    RawRef rawRef) {}
