package dev.graphwright.qualys.sim.data;

import java.util.List;

/**
 * A knowledge base entry. CVSS scores are -1 when absent; dates are epoch seconds; the three
 * texts are HTML, as Qualys sends them.
 */
public record VulnRecord(
    VulnCore core,
    String title,
    String category,
    long published,
    long lastModified,
    boolean patchable,
    List<String> cves,
    double cvssBase,
    double cvssTemporal,
    double cvss3Base,
    double cvss3Temporal,
    List<String> authTypes,
    String diagnosis,
    String consequence,
    String solution) {

  /** The QID. */
  public int qid() {
    return core.qid();
  }
}
