package dev.graphwright.qualys.convert;

import static dev.graphwright.qualys.convert.Values.epochMillis;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the graph keeps of a knowledge-base entry ({@code qualys_kb_entry}): all that a finding and
 * the Vulnerability it IS need from the KB, so that a QID fetched once serves every later run.
 * Written when the entry is fetched, read back when a later run meets the QID again.
 *
 * @param qid the QID
 * @param cveIds the CVE ids, in the KB's order
 * @param cveUrls each CVE's link, same order; empty when the KB gave none
 * @param solution the solution as shortened plain text
 * @param lastModified when Qualys last changed the entry
 */
public record KbEntry(
    long qid,
    @Nullable String title,
    @Nullable String vulnType,
    @Nullable Long severityLevel,
    @Nullable String category,
    @Nullable Boolean patchable,
    List<String> cveIds,
    List<String> cveUrls,
    @Nullable Double cvssScore,
    @Nullable Double cvssScoreV3,
    @Nullable String solution,
    @Nullable Instant published,
    @Nullable Instant lastModified) {

  public KbEntry {
    cveIds = List.copyOf(cveIds);
    cveUrls = List.copyOf(cveUrls);
    if (cveIds.size() != cveUrls.size()) {
      throw new IllegalArgumentException(
          "QID " + qid + ": " + cveIds.size() + " CVE ids but " + cveUrls.size() + " links");
    }
  }

  /** The entry of a fetched vulnerability; empty when its QID is not a number. */
  public static Optional<KbEntry> of(KbVuln vuln) {
    var qid = Values.qidNumber(vuln.qid());
    if (qid == null) {
      return Optional.empty();
    }
    var ids = new ArrayList<String>();
    var urls = new ArrayList<String>();
    for (var cve : vuln.cves()) {
      ids.add(cve.id());
      urls.add(cve.url() == null ? "" : cve.url());
    }
    return Optional.of(new KbEntry(
        qid,
        vuln.title(),
        vuln.vulnType(),
        vuln.severityLevel() == null ? null : vuln.severityLevel().longValue(),
        vuln.category(),
        vuln.patchable(),
        ids,
        urls,
        vuln.cvssBase(),
        vuln.cvss3Base(),
        VulnerabilityConverter.summary(vuln.solution()),
        vuln.published(),
        vuln.lastServiceModification()));
  }

  /** The entry as the instance's {@code qualys_kb_entry} node. */
  public Entity toEntity(Instant fetchedOn, @Nullable RawRef raw) {
    var properties = Properties.builder()
        .put("qid", qid)
        .put("name", title)
        .put("displayName", title != null ? title : "QID " + qid)
        .put("vulnType", vulnType)
        .put("severityLevel", severityLevel)
        .put("category", category)
        .put("patchable", patchable)
        .put("cveIds", cveIds)
        .put("cveUrls", cveUrls)
        .put("cvssScore", cvssScore)
        .put("cvssScoreV3", cvssScoreV3)
        .put("solution", solution)
        .put("publishedOn", epochMillis(published))
        .put("lastModifiedOn", epochMillis(lastModified))
        .put("fetchedOn", epochMillis(fetchedOn))
        .build();
    return QualysTypes.KB_ENTRY.entity(QualysKeys.kbEntry(Long.toString(qid)), properties, raw);
  }

  /** The entry a {@code qualys_kb_entry} node keeps; empty when the node is not one. */
  public static Optional<KbEntry> fromEntity(Entity entity) {
    var p = entity.properties();
    if (!QualysTypes.KB_ENTRY.type().equals(entity.type()) || !(p.get("qid") instanceof Long qid)) {
      return Optional.empty();
    }
    var ids = strings(p.get("cveIds"));
    var urls = strings(p.get("cveUrls"));
    if (urls.size() != ids.size()) {
      urls = ids.stream().map(id -> "").toList();
    }
    return Optional.of(new KbEntry(
        qid,
        string(p.get("name")),
        string(p.get("vulnType")),
        p.get("severityLevel") instanceof Long level ? level : null,
        string(p.get("category")),
        p.get("patchable") instanceof Boolean b ? b : null,
        ids,
        urls,
        number(p.get("cvssScore")),
        number(p.get("cvssScoreV3")),
        string(p.get("solution")),
        instant(p.get("publishedOn")),
        instant(p.get("lastModifiedOn"))));
  }

  /** The QID as the KB writes it. */
  public String qidText() {
    return Long.toString(qid);
  }

  private static @Nullable String string(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }

  private static @Nullable Double number(@Nullable Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  private static @Nullable Instant instant(@Nullable Object value) {
    return value instanceof Long millis ? Instant.ofEpochMilli(millis) : null;
  }

  private static List<String> strings(@Nullable Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    var strings = new ArrayList<String>(list.size());
    for (var item : list) {
      strings.add(item == null ? "" : item.toString());
    }
    return strings;
  }
}
