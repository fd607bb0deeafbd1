package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Qualys Detection Score of a QID's detections ({@code show_qds}) and the factors behind it
 * ({@code show_qds_factors}), derived from the seed and the QID's CVSS: the CVSS base score times
 * ten, raised for real-time threat indicators (a public exploit, active attacks, malware), 1 to
 * 100. Severity bands as Qualys documents them: Critical 90-100, High 70-89, Medium 40-69, Low
 * 1-39.
 *
 * @param score 1 to 100
 * @param severity CRITICAL, HIGH, MEDIUM or LOW
 * @param factors factor name to text, in the order Qualys lists them
 */
public record Qds(int score, String severity, Map<String, String> factors) {

  private static final String[] INDICATORS = {
    "Easy_Exploit",
    "Exploit_Public",
    "Active_Attacks",
    "Malware",
    "Remote_Code_Execution",
    "Denial_of_Service",
    "Privilege_Escalation",
    "High_Lateral_Movement",
    "Unauthenticated_Exploitation",
  };

  public Qds {
    factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
  }

  /** The score of a QID with this CVSS base score (negative: none, then its severity decides). */
  static Qds of(long seed, int qid, int severity, double cvss3Base, double cvssBase) {
    var rng = Rng.of(seed, Kind.QDS, qid);
    double cvss = cvss3Base >= 0 ? cvss3Base : cvssBase;
    var indicators = new ArrayList<String>();
    for (String indicator : INDICATORS) {
      if (rng.chance(severity >= 4 ? 0.3 : 0.1)) {
        indicators.add(indicator);
      }
    }
    int base = cvss >= 0 ? (int) Math.round(cvss * 10) : severity * 15;
    int raise = (indicators.contains("Exploit_Public") ? 8 : 0)
        + (indicators.contains("Active_Attacks") ? 10 : 0)
        + (indicators.contains("Malware") ? 5 : 0);
    int score = Math.max(1, Math.min(100, base + raise));
    var factors = new LinkedHashMap<String, String>();
    if (cvss >= 0) {
      factors.put("CVSS", String.format(Locale.ROOT, "%.1f", cvss));
      factors.put("CVSS_version", cvss3Base >= 0 ? "v3.x" : "v2");
    }
    if (!indicators.isEmpty()) {
      factors.put("RTI", String.join(",", indicators));
    }
    if (indicators.contains("Exploit_Public") || indicators.contains("Active_Attacks")) {
      factors.put("exploit_maturity", indicators.contains("Active_Attacks") ? "weaponized" : "poc");
    }
    factors.put("epss", String.format(Locale.ROOT, "%.5f", Math.pow(rng.nextDouble(), 3)));
    return new Qds(score, severity(score), factors);
  }

  /** The band of a score. */
  static String severity(int score) {
    return score >= 90 ? "CRITICAL" : score >= 70 ? "HIGH" : score >= 40 ? "MEDIUM" : "LOW";
  }
}
