package dev.graphwright.qualys.client.was;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.FieldReader;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;

/** Maps WAS {@code WebApp} and {@code Finding} nodes. */
final class WasMappers {

  private WasMappers() {}

  static WebApp webApp(XmlNode app, RawRef rawRef) {
    var fields = new FieldReader(app);
    return new WebApp(
        fields.text("id"),
        fields.text("name"),
        fields.text("url"),
        fields.instant("createdDate"),
        fields.instant("updatedDate"),
        tags(app),
        rawRef);
  }

  static WebAppFinding finding(XmlNode finding, RawRef rawRef) {
    var fields = new FieldReader(finding);
    XmlNode app = finding.child("webApp");
    var webApp = app == null
        ? new WebAppRef(null, null, null)
        : new WebAppRef(app.text("id"), app.text("name"), app.text("url"));
    XmlNode cvss = finding.child("cvssV3");
    return new WebAppFinding(
        fields.text("id"),
        fields.text("uniqueId"),
        fields.text("qid"),
        fields.text("name"),
        fields.text("type"),
        fields.text("findingType"),
        fields.integer("severity"),
        fields.text("url"),
        fields.text("status"),
        fields.bool("potential"),
        fields.instant("firstDetectedDate"),
        fields.instant("lastDetectedDate"),
        fields.instant("lastTestedDate"),
        fields.instant("fixedDate"),
        fields.integer("timesDetected"),
        fields.bool("isIgnored"),
        webApp,
        cvss == null ? null : QualysValues.decimal(cvss.text("base")),
        rawRef);
  }

  private static List<String> tags(XmlNode app) {
    var names = new ArrayList<String>();
    XmlNode list = app.path("tags", "list");
    if (list != null) {
      for (XmlNode tag : list.all("Tag")) {
        String name = tag.text("name");
        if (name != null) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
