package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One KnowledgeBase vulnerability ({@code VULN}, {@code details=All}).
 *
 * @param qid {@code QID}, all digits
 * @param vulnType {@code VULN_TYPE}
 * @param severityLevel {@code SEVERITY_LEVEL} 1–5
 * @param title {@code TITLE}
 * @param category {@code CATEGORY}
 * @param published {@code PUBLISHED_DATETIME}
 * @param lastServiceModification {@code LAST_SERVICE_MODIFICATION_DATETIME}
 * @param patchable {@code PATCHABLE}
 * @param cves {@code CVE_LIST/CVE}, empty when none
 * @param cvssBase {@code CVSS/BASE}
 * @param cvssTemporal {@code CVSS/TEMPORAL}
 * @param cvss3Base {@code CVSS_V3/BASE}
 * @param cvss3Temporal {@code CVSS_V3/TEMPORAL}
 * @param diagnosis {@code DIAGNOSIS} (HTML)
 * @param consequence {@code CONSEQUENCE} (HTML)
 * @param solution {@code SOLUTION} (HTML)
 * @param rawRef the VULN element
 */
public record KbVuln(
    String qid,
    @Nullable String vulnType,
    @Nullable Integer severityLevel,
    @Nullable String title,
    @Nullable String category,
    @Nullable Instant published,
    @Nullable Instant lastServiceModification,
    @Nullable Boolean patchable,
    List<Cve> cves,
    @Nullable Double cvssBase,
    @Nullable Double cvssTemporal,
    @Nullable Double cvss3Base,
    @Nullable Double cvss3Temporal,
    @Nullable String diagnosis,
    @Nullable String consequence,
    @Nullable String solution,
    RawRef rawRef) {

  public KbVuln {
    cves = List.copyOf(cves);
  }
}
