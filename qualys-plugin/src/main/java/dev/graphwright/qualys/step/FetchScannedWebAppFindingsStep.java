package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.error.PageException;
import dev.graphwright.qualys.client.was.FindingQuery;
import dev.graphwright.qualys.convert.Values;
import dev.graphwright.qualys.convert.WebAppConverter;
import dev.graphwright.qualys.run.QualysConfig;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of the scanned web apps detected in this run's window ({@code lastDetectedDate
 * GREATER}), each identified by WAS. A finding returned twice is merged by the writer, never an
 * error (the earlier integration lost the whole chunk). A finding without a uniqueId or with a
 * non-numeric QID is reported as a bad record and skipped.
 */
public final class FetchScannedWebAppFindingsStep implements Step {

  private static final int APPS_PER_CALL = 100;

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.WEB_APP_FINDINGS, "Fetch Scanned Web App Findings")
        .enabledBy(QualysConfig.INGEST_WAS)
        .dependsOn(StepIds.WEB_APPS)
        .entity(QualysTypes.WEB_APP_FINDING)
        .relationship(QualysTypes.WAS_IDENTIFIED_WEB_APP_FINDING)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var apps = new ArrayList<String>(APPS_PER_CALL);
    context.progress().expect("findings", -1);
    context.jobState().dataSet(StepIds.SCANNED_WEB_APP_IDS).forEach(id -> {
      apps.add(id);
      if (apps.size() == APPS_PER_CALL) {
        fetch(context, apps);
        apps.clear();
      }
    });
    if (!apps.isEmpty()) {
      fetch(context, apps);
    }
  }

  private static void fetch(StepContext context, List<String> webAppIds) {
    var run = QualysRun.of(context);
    var state = context.jobState();
    run.client()
        .forEachWebAppFinding(
            webAppIds,
            new FindingQuery(run.windows(context).findingsFrom()),
            finding -> {
              if (finding.uniqueId() == null) {
                context.reportPageFailure(
                    "web app finding " + finding.id(),
                    new PageException("the finding has no uniqueId, its key", null));
                return;
              }
              if (finding.qid() != null && Values.qidNumber(finding.qid()) == null) {
                // As the client does for detections: a finding whose QID is not a number could
                // never be linked to its vulnerability.
                context.reportPageFailure(
                    "web app finding " + finding.id(),
                    new PageException(
                        "QID '" + finding.qid() + "' is not a number; skipped", null));
                return;
              }
              var entity = WebAppConverter.finding(finding);
              state.addEntity(entity);
              state.addRelationship(QualysTypes.WAS_IDENTIFIED_WEB_APP_FINDING.relate(
                  QualysKeys.WAS_SERVICE, entity.key()));
              context.progress().advance(1);
            },
            context::reportPageFailure);
  }
}
