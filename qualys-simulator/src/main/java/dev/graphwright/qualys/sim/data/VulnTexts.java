package dev.graphwright.qualys.sim.data;

import java.util.List;

/** Writes the titles, dates, scores and HTML texts of knowledge base entries. */
final class VulnTexts {
  private static final String[][] AUTH_TYPES = {
    {"Unix"}, {"Windows"}, {"Unix", "SNMP"}, {"Windows", "Unix"}
  };

  private final long seed;
  private final long now;

  VulnTexts(DataSpec spec) {
    this.seed = spec.seed();
    this.now = spec.now();
  }

  VulnRecord vuln(VulnCore core, List<String> cves) {
    var rng = Rng.of(seed, Kind.VULN, core.qid(), 1);
    String title = title(core, rng);
    String category = core.wasType() != null
        ? "Web Application"
        : core.vulnType() == VulnType.INFORMATION
            ? rng.pick(Names.INFO_CATEGORIES)
            : rng.pick(Names.CATEGORIES);
    long published = now - rng.between(30, 4_000) * Days.DAY - rng.nextInt((int) Days.DAY);
    long modified = published + (long) (rng.nextDouble() * (now - Days.HOUR - published));
    boolean patchable = core.vulnType() != VulnType.INFORMATION && rng.chance(0.7);
    double base = core.vulnType() == VulnType.INFORMATION ? -1 : score(core.severity(), rng);
    double temporal = base < 0 ? -1 : round1(base * (0.8 + 0.2 * rng.nextDouble()));
    double base3 =
        base < 0 || rng.chance(0.2) ? -1 : Math.min(10.0, round1(base + rng.nextDouble()));
    double temporal3 = base3 < 0 ? -1 : round1(base3 * (0.85 + 0.15 * rng.nextDouble()));
    List<String> auth = core.wasType() != null ? List.of() : List.of(rng.pick(AUTH_TYPES));
    String product = core.wasType() != null ? "The web application" : rng.pick(Names.PRODUCTS);
    return new VulnRecord(
        core,
        title,
        category,
        published,
        modified,
        patchable,
        cves,
        base,
        temporal,
        base3,
        temporal3,
        auth,
        diagnosis(title, product, cves),
        consequence(core),
        solution(product, patchable, rng));
  }

  private static String title(VulnCore core, Rng rng) {
    if (core.wasType() != null) {
      return switch (core.wasType()) {
        case VULNERABILITY -> rng.pick(Names.WEB_VULN_TITLES);
        case SENSITIVE_CONTENT -> rng.pick(Names.WEB_SENSITIVE_TITLES);
        case INFORMATION_GATHERED -> rng.pick(Names.WEB_INFO_TITLES);
      };
    }
    return switch (core.vulnType()) {
      case INFORMATION -> rng.pick(Names.INFO_TITLES);
      case POTENTIAL -> rng.pick(Names.POTENTIAL_TITLES);
      default ->
        rng.pick(Names.PRODUCTS) + " " + rng.pick(Names.ISSUES)
            + (rng.chance(0.4) ? " (QSA-" + core.qid() + ")" : "");
    };
  }

  private static String diagnosis(String title, String product, List<String> cves) {
    var html = new StringBuilder();
    html.append("<P>")
        .append(product)
        .append(" is affected by the issue described as &quot;")
        .append(title)
        .append("&quot;.<BR>");
    html.append("Affected versions: &lt; 3.0.8 &amp; &lt; 1.1.1w.</P>");
    if (!cves.isEmpty()) {
      html.append("<P>References: ");
      for (int i = 0; i < cves.size(); i++) {
        html.append(i == 0 ? "" : ", ")
            .append("<A HREF=\"https://nvd.nist.gov/vuln/detail/")
            .append(cves.get(i))
            .append("\" TARGET=\"_blank\">")
            .append(cves.get(i))
            .append("</A>");
      }
      html.append("</P>");
    }
    return html.toString();
  }

  private static String consequence(VulnCore core) {
    return core.vulnType() == VulnType.INFORMATION
        ? "<P>N/A</P>"
        : "<P>Successful exploitation could allow an attacker to compromise the confidentiality, integrity"
            + " or availability of the affected system.</P>";
  }

  private static String solution(String product, boolean patchable, Rng rng) {
    if (!patchable) {
      return "<P>Restrict access to the service and review its configuration.</P>";
    }
    return "<P>Customers are advised to upgrade " + product + " to the latest version.<BR><BR>"
        + "Patch:<BR>Following are links for downloading patches to fix the vulnerabilities:<BR>"
        + "<A HREF=\"https://vendor.example.com/advisories/" + rng.hex(8)
        + "\" TARGET=\"_blank\">Vendor advisory</A></P>";
  }

  private static double score(int severity, Rng rng) {
    double low = (severity - 1) * 2.0;
    return round1(Math.min(10.0, low + rng.nextDouble() * 2.5));
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
