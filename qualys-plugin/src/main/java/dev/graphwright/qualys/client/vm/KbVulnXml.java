package dev.graphwright.qualys.client.vm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A KnowledgeBase {@code VULN} element as Qualys sends it ({@code details=All}), bound by {@link
 * dev.graphwright.qualys.client.xml.RecordBinder}; {@link KbVulnMapper} turns it into a {@link
 * KbVuln}. Values stay text here: Qualys' dates, numbers and flags are parsed by one set of rules.
 */
record KbVulnXml(
    @JsonProperty("QID") @Nullable String qid,
    @JsonProperty("VULN_TYPE") @Nullable String vulnType,
    @JsonProperty("SEVERITY_LEVEL") @Nullable String severityLevel,
    @JsonProperty("TITLE") @Nullable String title,
    @JsonProperty("CATEGORY") @Nullable String category,
    @JsonProperty("PUBLISHED_DATETIME") @Nullable String published,

    @JsonProperty("LAST_SERVICE_MODIFICATION_DATETIME") @Nullable
    String lastServiceModification,

    @JsonProperty("PATCHABLE") @Nullable String patchable,
    @JsonProperty("CVE_LIST") @Nullable CveList cveList,
    @JsonProperty("CVSS") @Nullable Scores cvss,
    @JsonProperty("CVSS_V3") @Nullable Scores cvss3,
    @JsonProperty("DIAGNOSIS") @Nullable String diagnosis,
    @JsonProperty("CONSEQUENCE") @Nullable String consequence,
    @JsonProperty("SOLUTION") @Nullable String solution) {

  /** {@code CVE_LIST}: its {@code CVE} elements. */
  record CveList(@JsonProperty("CVE") @Nullable List<CveXml> cves) {}

  /** {@code CVE}: {@code ID} and {@code URL}. */
  record CveXml(
      @JsonProperty("ID") @Nullable String id,
      @JsonProperty("URL") @Nullable String url) {}

  /** {@code CVSS} or {@code CVSS_V3}: the base and temporal scores. */
  record Scores(
      @JsonProperty("BASE") @Nullable String base,
      @JsonProperty("TEMPORAL") @Nullable String temporal) {}
}
