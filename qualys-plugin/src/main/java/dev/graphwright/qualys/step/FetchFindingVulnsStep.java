package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.EntitySelector;
import dev.graphwright.api.graph.MappedRelationship;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.qualys.QualysRun;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.qualys.convert.Values;
import dev.graphwright.qualys.convert.VulnerabilityConverter;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge-base entry of every QID this run's findings carry, fetched once each: the distinct
 * QIDs are read back from the graph (the database computes them; nothing is collected on the
 * heap), requested in batches, and turned into the Vulnerability targets of the findings' {@code
 * IS} relationships. Findings get the KB title and CVSS scores.
 */
public final class FetchFindingVulnsStep implements Step {

  private static final int QIDS_PER_ROUND = 1_000;

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.FINDING_VULNS, "Fetch Finding Vulnerability Details")
        .dependsOn(StepIds.HOST_DETECTIONS, StepIds.WEB_APP_FINDINGS)
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
    var qids = new ArrayList<String>();
    context.jobState().iterateDistinctValues(findingTypes, "qid", qid -> qids.add(String.valueOf(qid)));
    context.progress().expect("vulnerabilities", qids.size());
    for (int from = 0; from < qids.size(); from += QIDS_PER_ROUND) {
      fetch(context, qids.subList(from, Math.min(qids.size(), from + QIDS_PER_ROUND)));
    }
  }

  private static void fetch(StepContext context, List<String> qids) {
    var run = QualysRun.of(context);
    run.client()
        .forEachVulnerability(
            List.copyOf(qids),
            vuln -> {
              link(context, vuln, run.apiUrl());
              context.progress().advance(1);
            },
            context::reportPageFailure);
  }

  private static void link(StepContext context, KbVuln vuln, String apiUrl) {
    var qid = Values.qidNumber(vuln.qid());
    if (qid == null) {
      return;
    }
    var state = context.jobState();
    var hostFindings = new EntitySelector(QualysTypes.HOST_FINDING.type(), "qid", qid);
    var webFindings = new EntitySelector(QualysTypes.WEB_APP_FINDING.type(), "qid", qid);
    for (var target : VulnerabilityConverter.targets(vuln, apiUrl)) {
      boolean cve = QualysTypes.CVE.equals(target.get("_type"));
      state.addMappedRelationship(
          isRelationship(hostFindings, cve ? QualysTypes.HOST_FINDING_IS_CVE : QualysTypes.HOST_FINDING_IS_VULN, target));
      state.addMappedRelationship(
          isRelationship(webFindings, cve ? QualysTypes.WEB_APP_FINDING_IS_CVE : QualysTypes.WEB_APP_FINDING_IS_VULN, target));
    }
    var enrichment = VulnerabilityConverter.findingEnrichment(vuln);
    state.updateEntities(hostFindings, enrichment);
    // Web-app findings already carry WAS's own name: add only the scores and CVEs.
    Map<String, Object> webEnrichment = new HashMap<>(enrichment);
    webEnrichment.remove("name");
    webEnrichment.remove("displayName");
    state.updateEntities(webFindings, webEnrichment);
  }

  private static MappedRelationship isRelationship(
      EntitySelector findings, MappedRelationshipType type, Map<String, Object> target) {
    return type.fromAll(findings)
        .targetEntity(target)
        .build();
  }
}
