package dev.graphwright.qualys;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.run.HostScopes;
import dev.graphwright.qualys.run.QualysConfig;
import dev.graphwright.qualys.step.FetchAccountStep;
import dev.graphwright.qualys.step.FetchFindingVulnsStep;
import dev.graphwright.qualys.step.FetchScannedHostDetailsStep;
import dev.graphwright.qualys.step.FetchScannedHostDetectionsStep;
import dev.graphwright.qualys.step.FetchScannedHostIdsStep;
import dev.graphwright.qualys.step.FetchScannedWebAppFindingsStep;
import dev.graphwright.qualys.step.FetchScannedWebAppsStep;
import dev.graphwright.qualys.step.FetchServicesStep;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pf4j.Extension;

/**
 * The Qualys integration: VMDR hosts and detections, the knowledge base, Asset Management host
 * details and WAS web apps and findings, linked to the hosts and applications other integrations
 * know.
 */
@Extension
public final class QualysIntegration implements Integration {

  private final HostServices services;

  @Inject
  public QualysIntegration(HostServices services) {
    this.services = services;
  }

  @Override
  public String id() {
    return "qualys";
  }

  @Override
  public String displayName() {
    return "Qualys";
  }

  @Override
  public String description() {
    return "Ingests what Qualys knows — scanned hosts (VMDR and Asset Management), their"
        + " vulnerability detections, the knowledge-base vulnerabilities behind them, and WAS web"
        + " apps with their findings — and links them to the Hosts and Applications that other"
        + " integrations own (by public IP, EC2 ARN, fqdn; web apps by URL), creating placeholders"
        + " for the ones nobody owns yet.";
  }

  @Override
  public List<ConfigField> configFields() {
    return QualysConfig.fields();
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new FetchAccountStep(),
        new FetchServicesStep(),
        new FetchScannedWebAppsStep(),
        new FetchScannedWebAppFindingsStep(),
        new FetchScannedHostIdsStep(),
        new FetchScannedHostDetailsStep(),
        new FetchScannedHostDetectionsStep(),
        new FetchFindingVulnsStep());
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    var config = new QualysConfig(context.config());
    var lines = new ArrayList<String>();
    try (var client = QualysClient.create(
        config.clientConfig(services.userAgent()), context.metrics(), RawArchive.passThrough())) {
      client.verifyCredentials();
      lines.add("API URL " + config.apiUrl() + " answers");
      var about = client.about();
      lines.add(
          "credentials of '" + context.config().get(QualysConfig.USERNAME) + "' accepted (VM API)");
      var limits = about.limits();
      lines.add("subscription limits per API: concurrency "
          + orUnknown(limits.concurrencyLimit())
          + ", rate " + orUnknown(limits.rateLimit()) + " calls per "
          + orUnknown(limits.rateWindowSeconds()) + " s ("
          + orUnknown(limits.rateRemaining()) + " left)");
      lines.add("host scope: " + HostScopes.check(client, config).description());
      var portal = client.portalVersion();
      lines.add("portal API accepted the credentials (VM " + orUnknown(portal.vmVersion())
          + ", WAS " + orUnknown(portal.wasVersion()) + ")");
    }
    return lines;
  }

  private static String orUnknown(@Nullable Object value) {
    return value == null ? "unknown" : value.toString();
  }
}
