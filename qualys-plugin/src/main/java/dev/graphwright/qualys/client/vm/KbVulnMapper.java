package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.FieldReader;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** Maps a {@code VULN} node to a {@link KbVuln}. */
final class KbVulnMapper {

  private KbVulnMapper() {}

  static KbVuln map(XmlNode vuln, String qid, RawRef rawRef) {
    var fields = new FieldReader(vuln);
    var cves = new ArrayList<Cve>();
    XmlNode list = vuln.child("CVE_LIST");
    if (list != null) {
      for (XmlNode cve : list.all("CVE")) {
        String id = cve.text("ID");
        if (id != null) {
          cves.add(new Cve(id, cve.text("URL")));
        }
      }
    }
    return new KbVuln(
        qid,
        fields.text("VULN_TYPE"),
        fields.integer("SEVERITY_LEVEL"),
        fields.text("TITLE"),
        fields.text("CATEGORY"),
        fields.instant("PUBLISHED_DATETIME"),
        fields.instant("LAST_SERVICE_MODIFICATION_DATETIME"),
        fields.bool("PATCHABLE"),
        cves,
        score(vuln, "CVSS", "BASE"),
        score(vuln, "CVSS", "TEMPORAL"),
        score(vuln, "CVSS_V3", "BASE"),
        score(vuln, "CVSS_V3", "TEMPORAL"),
        fields.text("DIAGNOSIS"),
        fields.text("CONSEQUENCE"),
        fields.text("SOLUTION"),
        rawRef);
  }

  private static @Nullable Double score(XmlNode vuln, String group, String field) {
    XmlNode node = vuln.child(group);
    return node == null ? null : QualysValues.decimal(node.text(field));
  }
}
