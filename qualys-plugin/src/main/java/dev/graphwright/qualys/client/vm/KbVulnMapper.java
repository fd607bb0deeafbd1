package dev.graphwright.qualys.client.vm;

import static dev.graphwright.qualys.client.xml.QualysValues.text;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.QualysValues;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a bound {@code VULN} element into a {@link KbVuln}. */
final class KbVulnMapper {

  private KbVulnMapper() {}

  static KbVuln map(KbVulnXml vuln, String qid, RawRef rawRef) {
    return new KbVuln(
        qid,
        text(vuln.vulnType()),
        QualysValues.integer(text(vuln.severityLevel())),
        text(vuln.title()),
        text(vuln.category()),
        QualysValues.instant(text(vuln.published())),
        QualysValues.instant(text(vuln.lastServiceModification())),
        QualysValues.bool(text(vuln.patchable())),
        cves(vuln.cveList()),
        score(vuln.cvss(), true),
        score(vuln.cvss(), false),
        score(vuln.cvss3(), true),
        score(vuln.cvss3(), false),
        text(vuln.diagnosis()),
        text(vuln.consequence()),
        text(vuln.solution()),
        rawRef);
  }

  private static List<Cve> cves(KbVulnXml.@Nullable CveList list) {
    var cves = new ArrayList<Cve>();
    if (list != null && list.cves() != null) {
      for (var cve : list.cves()) {
        var id = text(cve.id());
        if (id != null) {
          cves.add(new Cve(id, text(cve.url())));
        }
      }
    }
    return cves;
  }

  private static @Nullable Double score(KbVulnXml.@Nullable Scores scores, boolean base) {
    return scores == null
        ? null
        : QualysValues.decimal(text(base ? scores.base() : scores.temporal()));
  }
}
