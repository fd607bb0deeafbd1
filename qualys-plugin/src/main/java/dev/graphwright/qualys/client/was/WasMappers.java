package dev.graphwright.qualys.client.was;

import static dev.graphwright.qualys.client.xml.QualysValues.text;

import dev.graphwright.qualys.client.qps.QpsRecordReader;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.RecordBinder;
import java.util.ArrayList;
import java.util.List;

/** Reads WAS {@code WebApp} and {@code Finding} elements with the data binding. */
final class WasMappers {

  private static final RecordBinder<WasXml.WebAppXml> WEB_APPS =
      new RecordBinder<>(WasXml.WebAppXml.class);
  private static final RecordBinder<WasXml.FindingXml> FINDINGS =
      new RecordBinder<>(WasXml.FindingXml.class);

  /** Reads {@code WebApp} elements. */
  static final QpsRecordReader<WebApp> WEB_APP = (reader, rawRef) -> {
    var app = WEB_APPS.bind(reader);
    return new QpsRecordReader.Read<>(
        new WebApp(
            text(app.id()),
            text(app.name()),
            text(app.url()),
            QualysValues.instant(text(app.createdDate())),
            QualysValues.instant(text(app.updatedDate())),
            tags(app.tags()),
            rawRef.get()),
        app.id());
  };

  /** Reads {@code Finding} elements. */
  static final QpsRecordReader<WebAppFinding> FINDING = (reader, rawRef) -> {
    var finding = FINDINGS.bind(reader);
    var app = finding.webApp();
    var webApp = app == null
        ? new WebAppRef(null, null, null)
        : new WebAppRef(text(app.id()), text(app.name()), text(app.url()));
    var cvss = finding.cvssV3();
    return new QpsRecordReader.Read<>(
        new WebAppFinding(
            text(finding.id()),
            text(finding.uniqueId()),
            text(finding.qid()),
            text(finding.name()),
            text(finding.type()),
            text(finding.findingType()),
            QualysValues.integer(text(finding.severity())),
            text(finding.url()),
            text(finding.status()),
            QualysValues.bool(text(finding.potential())),
            QualysValues.instant(text(finding.firstDetectedDate())),
            QualysValues.instant(text(finding.lastDetectedDate())),
            QualysValues.instant(text(finding.lastTestedDate())),
            QualysValues.instant(text(finding.fixedDate())),
            QualysValues.integer(text(finding.timesDetected())),
            QualysValues.bool(text(finding.ignored())),
            webApp,
            cvss == null ? null : QualysValues.decimal(text(cvss.base())),
            rawRef.get()),
        finding.id());
  };

  private WasMappers() {}

  private static List<String> tags(WasXml.@org.jspecify.annotations.Nullable Tags tags) {
    var names = new ArrayList<String>();
    if (tags != null && tags.list() != null && tags.list().tags() != null) {
      for (var tag : tags.list().tags()) {
        var name = text(tag.name());
        if (name != null) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
