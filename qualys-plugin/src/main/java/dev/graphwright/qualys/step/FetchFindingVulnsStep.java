package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.error.PageException;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.api.error.ProviderAuthenticationException;
import dev.graphwright.api.error.ProviderAuthorizationException;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.qualys.convert.KbEntry;
import dev.graphwright.qualys.convert.Values;
import dev.graphwright.qualys.convert.VulnerabilityConverter;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The knowledge-base entry of every QID this run's findings carry, turned into the Vulnerability
 * targets of the findings' {@code IS} relationships; findings get the KB title and CVSS scores.
 *
 * <p>Entries are fetched once per instance, not once per run: each fetched entry is kept in the
 * graph as a {@code qualys_kb_entry}. A later run reads the entries it needs from there and asks
 * the KB only for what it does not have, plus the entries Qualys changed since this step's last
 * successful run ({@code last_modified_after}, one small id list). The distinct QIDs are read back
 * from the graph (the database computes them; nothing per finding is held on the heap).
 */
public final class FetchFindingVulnsStep implements Step {

  /** Run-record counters: QIDs served from the graph, fetched for the first time, refetched. */
  public static final String KB_CACHE_HITS = "kbCacheHits";

  public static final String KB_FETCHED = "kbFetched";
  public static final String KB_REFRESHED = "kbRefreshed";

  private static final int QIDS_PER_ROUND = 1_000;

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.FINDING_VULNS, "Fetch Finding Vulnerability Details")
        .dependsOn(StepIds.HOST_DETECTIONS, StepIds.WEB_APP_FINDINGS)
        .entity(QualysTypes.KB_ENTRY)
        .mappedRelationship(QualysTypes.HOST_FINDING_IS_CVE)
        .mappedRelationship(QualysTypes.HOST_FINDING_IS_VULN)
        .mappedRelationship(QualysTypes.WEB_APP_FINDING_IS_CVE)
        .mappedRelationship(QualysTypes.WEB_APP_FINDING_IS_VULN)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var findingTypes = List.of(QualysTypes.HOST_FINDING.type(), QualysTypes.WEB_APP_FINDING.type());
    // The distinct QIDs are bounded by the knowledge base (thousands), not by the account; reading
    // them first keeps the read transaction short instead of open for the whole download.
    var qids = new TreeSet<Long>();
    context.jobState().iterateDistinctValues(findingTypes, "qid", qid -> {
      if (qid instanceof Number number) {
        qids.add(number.longValue());
      }
    });
    context.progress().expect("vulnerabilities", qids.size());

    var cache = KnowledgeBaseCache.read(context.jobState(), qids);
    var changed = changedSinceLastRun(context, cache);
    var hits = cache.wantedEntries();
    var missing = new TreeSet<>(qids);
    missing.removeAll(hits.keySet());
    hits.keySet().removeAll(changed);
    var apiUrl = QualysRun.of(context).apiUrl();
    for (var entry : hits.values()) {
      link(context, entry, apiUrl);
      context.progress().advance(1);
    }

    var toFetch = new TreeSet<>(missing);
    toFetch.addAll(changed);
    var fetched = new AtomicLong();
    var requested = new ArrayList<>(toFetch);
    for (int from = 0; from < requested.size(); from += QIDS_PER_ROUND) {
      fetch(
          context,
          requested.subList(from, Math.min(requested.size(), from + QIDS_PER_ROUND)),
          qids,
          fetched);
    }

    var metrics = context.metrics();
    metrics.add(KB_CACHE_HITS, hits.size());
    metrics.add(KB_FETCHED, missing.size());
    metrics.add(KB_REFRESHED, changed.size());
    context
        .logger()
        .info(
            "Knowledge base: {} QIDs from the graph, {} new, {} changed by Qualys;"
                + " {} entries received",
            hits.size(),
            missing.size(),
            changed.size(),
            fetched.get());
  }

  /**
   * The cached QIDs whose entries Qualys changed since this step's last successful run. When the
   * list cannot be had, the cached entries serve as they are and the failure is reported: the run
   * is then not a success, so the next run asks for the changes from the same point again.
   */
  private static Set<Long> changedSinceLastRun(StepContext context, KnowledgeBaseCache cache) {
    var since = context.execution().lastSuccessfulRunStartedAt();
    if (since.isEmpty() || cache.isEmpty()) {
      return Set.of();
    }
    var changed = new TreeSet<Long>();
    try {
      QualysRun.of(context).client().forEachChangedQid(since.get(), qid -> {
        var number = Values.qidNumber(qid);
        if (number != null && cache.contains(number)) {
          changed.add(number);
        }
      });
    } catch (ProviderAuthenticationException | ProviderAuthorizationException e) {
      throw e;
    } catch (ProviderApiException | PageException e) {
      context.reportPageFailure("knowledge base changes since " + since.get(), e);
      return Set.of();
    }
    return changed;
  }

  private static void fetch(
      StepContext context, List<Long> qids, Set<Long> runQids, AtomicLong fetched) {
    var run = QualysRun.of(context);
    var fetchedOn = context.execution().startedAt();
    run.client()
        .forEachVulnerability(
            qids.stream().map(String::valueOf).toList(),
            vuln -> KbEntry.of(vuln).ifPresent(entry -> {
              fetched.incrementAndGet();
              context.jobState().addEntity(entry.toEntity(fetchedOn, vuln.rawRef()));
              if (runQids.contains(entry.qid())) {
                link(context, entry, run.apiUrl());
                context.progress().advance(1);
              }
            }),
            context::reportPageFailure);
  }

  private static void link(StepContext context, KbEntry entry, String apiUrl) {
    var state = context.jobState();
    var hostFindings = new EntitySelector(QualysTypes.HOST_FINDING.type(), "qid", entry.qid());
    var webFindings = new EntitySelector(QualysTypes.WEB_APP_FINDING.type(), "qid", entry.qid());
    for (var target : VulnerabilityConverter.targets(entry, apiUrl)) {
      boolean cve = QualysTypes.CVE.equals(target.get("_type"));
      state.addMappedRelationship(isRelationship(
          hostFindings,
          cve ? QualysTypes.HOST_FINDING_IS_CVE : QualysTypes.HOST_FINDING_IS_VULN,
          target));
      state.addMappedRelationship(isRelationship(
          webFindings,
          cve ? QualysTypes.WEB_APP_FINDING_IS_CVE : QualysTypes.WEB_APP_FINDING_IS_VULN,
          target));
    }
    var enrichment = VulnerabilityConverter.findingEnrichment(entry);
    state.updateEntities(hostFindings, enrichment);
    // Web-app findings already carry WAS's own name: add only the scores and CVEs.
    Map<String, Object> webEnrichment = new HashMap<>(enrichment);
    webEnrichment.remove("name");
    webEnrichment.remove("displayName");
    state.updateEntities(webFindings, webEnrichment);
  }

  private static MappedRelationship isRelationship(
      EntitySelector findings, MappedRelationshipType type, Map<String, Object> target) {
    return type.fromAll(findings).targetEntity(target).build();
  }
}
