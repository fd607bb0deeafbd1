package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.qualys.client.was.WebAppQuery;
import dev.graphwright.qualys.convert.WebAppConverter;
import dev.graphwright.qualys.run.QualysConfig;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;

/**
 * The web apps WAS scanned in this run's window ({@code lastScan.date GREATER} the window start —
 * the earlier integration's EQUALS matched next to nothing), each mapped to its Application by URL:
 * WAS {@code SCANS} it, and it {@code HAS} this run's findings of the app.
 */
public final class FetchScannedWebAppsStep implements Step {

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.WEB_APPS, "Fetch Scanned Web Apps")
        .enabledBy(QualysConfig.INGEST_WAS)
        .dependsOn(StepIds.SERVICES)
        .mappedRelationship(QualysTypes.WAS_SCANS_WEB_APP)
        .mappedRelationship(QualysTypes.WEB_APP_HAS_FINDING)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var run = QualysRun.of(context);
    var state = context.jobState();
    var ids = state.dataSet(StepIds.SCANNED_WEB_APP_IDS);
    ids.clear();
    context.progress().expect("web apps", -1);
    run.client().forEachWebApp(new WebAppQuery(run.windows(context).scannedFrom()), app -> {
      if (app.id() == null) {
        return;
      }
      var target = WebAppConverter.target(app);
      state.addMappedRelationship(QualysTypes.WAS_SCANS_WEB_APP
          .from(QualysKeys.WAS_SERVICE)
          .targetEntity(target)
          .build());
      state.addMappedRelationship(QualysTypes.WEB_APP_HAS_FINDING
          .fromAll(QualysTypes.WEB_APP_FINDING.where("webAppId", app.id()))
          .targetEntity(target)
          .build());
      ids.append(app.id());
      context.progress().advance(1);
    });
    ids.flush();
  }
}
