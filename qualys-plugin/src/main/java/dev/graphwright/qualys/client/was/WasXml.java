package dev.graphwright.qualys.client.was;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The WAS search records as Qualys sends them, bound by {@link
 * dev.graphwright.qualys.client.xml.RecordBinder}; {@link WasMappers} turns them into {@link
 * WebApp} and {@link WebAppFinding}. Values stay text here: dates, numbers and flags are parsed by
 * one set of rules.
 */
final class WasXml {

  private WasXml() {}

  /** A {@code WebApp} of {@code search/was/webapp}. */
  record WebAppXml(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("url") @Nullable String url,
      @JsonProperty("createdDate") @Nullable String createdDate,
      @JsonProperty("updatedDate") @Nullable String updatedDate,
      @JsonProperty("tags") @Nullable Tags tags) {}

  /** {@code tags}: a {@code list} of {@code Tag}. */
  record Tags(@JsonProperty("list") @Nullable TagList list) {}

  /** The {@code Tag} elements of a {@code list}. */
  record TagList(@JsonProperty("Tag") @Nullable List<Tag> tags) {}

  /** A {@code Tag}: its {@code name} is all we keep. */
  record Tag(@JsonProperty("name") @Nullable String name) {}

  /** A {@code Finding} of {@code search/was/finding}. */
  record FindingXml(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("uniqueId") @Nullable String uniqueId,
      @JsonProperty("qid") @Nullable String qid,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("type") @Nullable String type,
      @JsonProperty("findingType") @Nullable String findingType,
      @JsonProperty("severity") @Nullable String severity,
      @JsonProperty("url") @Nullable String url,
      @JsonProperty("status") @Nullable String status,
      @JsonProperty("potential") @Nullable String potential,
      @JsonProperty("firstDetectedDate") @Nullable String firstDetectedDate,
      @JsonProperty("lastDetectedDate") @Nullable String lastDetectedDate,
      @JsonProperty("lastTestedDate") @Nullable String lastTestedDate,
      @JsonProperty("fixedDate") @Nullable String fixedDate,
      @JsonProperty("timesDetected") @Nullable String timesDetected,
      @JsonProperty("isIgnored") @Nullable String ignored,
      @JsonProperty("webApp") @Nullable AppRef webApp,
      @JsonProperty("cvssV3") @Nullable Cvss cvssV3) {}

  /** A finding's {@code webApp}. */
  record AppRef(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("url") @Nullable String url) {}

  /** A finding's {@code cvssV3}: its {@code base} score is all we keep. */
  record Cvss(@JsonProperty("base") @Nullable String base) {}
}
