package dev.graphwright.qualys.convert;

import static dev.graphwright.qualys.convert.Values.epochMillis;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.qualys.client.was.WebApp;
import dev.graphwright.qualys.client.was.WebAppFinding;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** WAS web apps as {@code web_app} targets, and their findings as {@code qualys_web_app_finding}. */
public final class WebAppConverter {

  private WebAppConverter() {}

  /** The Application a web app maps to (by URL, then name), or its placeholder. */
  public static Map<String, Object> target(WebApp app) {
    return Properties.builder()
        .put(
            "_key",
            dev.graphwright.qualys.schema.QualysKeys.webApp(
                Objects.requireNonNull(app.id(), "web apps without an id are skipped")))
        .put("_type", QualysTypes.WEB_APP)
        .put("_class", QualysTypes.APPLICATION_CLASS)
        .put("name", app.name())
        .put("displayName", app.name())
        .put("url", app.url())
        .put("qualysWebAppId", app.id())
        .put("createdOn", epochMillis(app.createdDate()))
        .put("updatedOn", epochMillis(app.updatedDate()))
        .put("tags", app.tags().isEmpty() ? null : app.tags())
        .put("scannedBy", "qualys")
        .build();
  }

  public static Entity finding(WebAppFinding finding) {
    var status = Values.blankToNull(finding.status());
    var targets = new ArrayList<String>();
    if (finding.webApp().name() != null) {
      targets.add(finding.webApp().name());
    }
    if (finding.webApp().url() != null && !targets.contains(finding.webApp().url())) {
      targets.add(finding.webApp().url());
    }
    var props = Properties.builder()
        .put("id", finding.id())
        .put("name", finding.name())
        .put("displayName", finding.name())
        .put("qid", Values.qidNumber(finding.qid()))
        .put("type", finding.type())
        .put("findingType", finding.findingType())
        .put("severity", Severity.label(finding.severity()))
        .put("numericSeverity", Severity.numeric(finding.severity()))
        .put("qualysSeverity", finding.severity())
        .put("status", status)
        .put("open", status == null || !status.toUpperCase(Locale.ROOT).contains("FIXED"))
        .put("potential", finding.potential())
        .put("createdOn", epochMillis(finding.firstDetectedDate()))
        .put("updatedOn", epochMillis(finding.lastDetectedDate()))
        .put("lastTestedOn", epochMillis(finding.lastTestedDate()))
        .put("lastFixedOn", epochMillis(finding.fixedDate()))
        .put("timesDetected", finding.timesDetected())
        .put("isIgnored", finding.ignored())
        .put("url", finding.url())
        .put("webAppId", finding.webApp().id())
        .put("webAppName", finding.webApp().name())
        .put("webAppUrl", finding.webApp().url())
        .put("cvssScoreV3", finding.cvssV3Base())
        .put("category", "app-scan")
        .put("targets", targets.isEmpty() ? null : targets)
        .build();
    var key = Objects.requireNonNull(finding.uniqueId(), "findings without a uniqueId are skipped");
    return QualysTypes.WEB_APP_FINDING.entity(key, props, finding.rawRef());
  }
}
