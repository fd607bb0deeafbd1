package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;

/** The Qualys subscription as an Account, with the platform's versions. */
public final class FetchAccountStep implements Step {

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.ACCOUNT, "Fetch Account Details")
        .entity(QualysTypes.ACCOUNT)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var run = QualysRun.of(context);
    var versions = run.portalVersion();
    var instance = context.execution().instanceId();
    var name = "Qualys - " + instance;
    context
        .jobState()
        .addEntity(QualysTypes.ACCOUNT.entity(
            QualysKeys.account(instance),
            Properties.builder()
                .put("name", name)
                .put("displayName", name)
                .put("apiUrl", run.apiUrl())
                .put("wasVersion", versions.wasVersion())
                .put("vmVersion", versions.vmVersion())
                .put("webVersion", versions.versions().get("WEB-VERSION"))
                .put("vulnsigsVersion", versions.versions().get("VULNSIGS-VERSION"))
                .build()));
    context.progress().advance(1);
  }
}
