package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The two Qualys services (VMDR and WAS), each owned by the account. */
public final class FetchServicesStep implements Step {

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.SERVICES, "Fetch Services")
        .dependsOn(StepIds.ACCOUNT)
        .entity(QualysTypes.VMDR_SERVICE)
        .entity(QualysTypes.WAS_SERVICE)
        .relationship(QualysTypes.ACCOUNT_HAS_VMDR)
        .relationship(QualysTypes.ACCOUNT_HAS_WAS)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var versions = QualysRun.of(context).portalVersion();
    var state = context.jobState();
    var account = QualysKeys.account(context.execution().instanceId());
    state.addEntity(service(
        QualysKeys.VMDR_SERVICE,
        QualysTypes.VMDR_SERVICE,
        "Qualys Vulnerability Manager",
        "vulnerability-management",
        "Detect, prioritize and remediate vulnerabilities, and monitor using dashboards.",
        versions.vmVersion()));
    state.addEntity(service(
        QualysKeys.WAS_SERVICE,
        QualysTypes.WAS_SERVICE,
        "Qualys Web Application Scanner",
        "DAST",
        "Automated Web Application Security Assessment and Reporting",
        versions.wasVersion()));
    state.addRelationship(QualysTypes.ACCOUNT_HAS_VMDR.relate(account, QualysKeys.VMDR_SERVICE));
    state.addRelationship(QualysTypes.ACCOUNT_HAS_WAS.relate(account, QualysKeys.WAS_SERVICE));
    context.progress().advance(2);
  }

  private static Entity service(
      String key,
      EntityType type,
      String name,
      String function,
      String description,
      @Nullable String version) {
    return type.entity(
        key,
        Properties.builder()
            .put("name", name)
            .put("displayName", name)
            .put("category", List.of("software", "other"))
            .put("function", function)
            .put("description", description)
            .put("version", version)
            .build());
  }
}
