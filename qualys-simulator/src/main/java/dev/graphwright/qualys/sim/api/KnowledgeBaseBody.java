package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.KnowledgeBase;
import dev.graphwright.qualys.sim.data.VulnRecord;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.query.IdRanges;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.PrimitiveIterator;

/**
 * Streams {@code KNOWLEDGE_BASE_VULN_LIST_OUTPUT}, one QID per step, with Qualys' keep-alive
 * comments: one inside {@code RESPONSE} before the list and more between entries.
 */
final class KnowledgeBaseBody implements BodyWriter {
  private static final String ROOT = "KNOWLEDGE_BASE_VULN_LIST_OUTPUT";
  private static final String KEEP_ALIVE = " keep-alive for KNOWLEDGE_BASE_VULN_LIST_OUTPUT  ";
  private static final int KEEP_ALIVE_EVERY = 500;

  private final CallContext ctx;
  private final KnowledgeBase kb;
  private final IdRanges scope;
  private final KnowledgeBaseEndpoint.VulnFilter filter;
  private final boolean idsOnly;
  private final boolean echo;
  private final OneShotFaults faults;
  private int range;
  private PrimitiveIterator.OfInt qids;
  private boolean started;
  private int next = -1;
  private int written;

  KnowledgeBaseBody(
      CallContext ctx,
      IdRanges scope,
      KnowledgeBaseEndpoint.VulnFilter filter,
      boolean idsOnly,
      boolean echo) {
    this.ctx = ctx;
    this.kb = ctx.account().knowledgeBase();
    this.scope = scope;
    this.filter = filter;
    this.idsOnly = idsOnly;
    this.echo = echo;
    this.faults = new OneShotFaults(ctx, FaultKind.MALFORMED);
  }

  @Override
  public boolean writeNext(XmlOut out) {
    if (!started) {
      started = true;
      V2Document.open(
          out,
          ctx,
          ROOT,
          "/api/2.0/fo/knowledge_base/vuln/knowledge_base_vuln_list_output.dtd",
          echo);
      out.open("RESPONSE");
      out.leafDate("DATETIME", ctx.wallClock());
      out.comment(KEEP_ALIVE);
      next = advance();
      if (next < 0) {
        return close(out);
      }
      out.open(idsOnly ? "ID_SET" : "VULN_LIST");
      return true;
    }
    if (idsOnly) {
      out.leaf("ID", next);
    } else {
      writeVuln(out, kb.vuln(next));
    }
    if (++written % KEEP_ALIVE_EVERY == 0) {
      out.comment(KEEP_ALIVE);
    }
    next = advance();
    if (next < 0) {
      out.close(idsOnly ? "ID_SET" : "VULN_LIST");
      return close(out);
    }
    return true;
  }

  private boolean close(XmlOut out) {
    out.close("RESPONSE");
    V2Document.close(out, ctx, ROOT);
    return false;
  }

  private int advance() {
    while (true) {
      if (qids != null && qids.hasNext()) {
        int qid = qids.nextInt();
        if (!filter.any() || filter.matches(kb.vuln(qid))) {
          return qid;
        }
        continue;
      }
      if (range >= scope.size()) {
        return -1;
      }
      qids = kb.qidsBetween(scope.low(range), scope.high(range));
      range++;
    }
  }

  private void writeVuln(XmlOut out, VulnRecord v) {
    out.open("VULN");
    if (faults.take(FaultKind.MALFORMED)) {
      String qid = Integer.toString(v.qid());
      out.rawLine("<QID>" + qid.substring(0, 2) + "<" + qid.substring(2) + "</QID>");
    } else {
      out.leaf("QID", v.qid());
    }
    out.leaf("VULN_TYPE", v.core().vulnType().label());
    out.leaf("SEVERITY_LEVEL", v.core().severity());
    out.leafCdata("TITLE", v.title());
    out.leaf("CATEGORY", v.category());
    out.leafDate("LAST_SERVICE_MODIFICATION_DATETIME", v.lastModified());
    out.leafDate("PUBLISHED_DATETIME", v.published());
    out.leafFlag("PATCHABLE", v.patchable());
    if (!v.cves().isEmpty()) {
      out.open("CVE_LIST");
      for (String cve : v.cves()) {
        out.open("CVE");
        out.leafCdata("ID", cve);
        out.leafCdata("URL", "http://cve.mitre.org/cgi-bin/cvename.cgi?name=" + cve);
        out.close("CVE");
      }
      out.close("CVE_LIST");
    }
    out.leafCdata("DIAGNOSIS", v.diagnosis());
    out.leafCdata("CONSEQUENCE", v.consequence());
    out.leafCdata("SOLUTION", v.solution());
    if (v.cvssBase() >= 0) {
      out.open("CVSS");
      out.rawLine("<BASE source=\"service\">" + decimal(v.cvssBase()) + "</BASE>");
      out.leafDecimal("TEMPORAL", v.cvssTemporal());
      out.close("CVSS");
    }
    if (v.cvss3Base() >= 0) {
      out.open("CVSS_V3");
      out.leafDecimal("BASE", v.cvss3Base());
      out.leafDecimal("TEMPORAL", v.cvss3Temporal());
      out.close("CVSS_V3");
    }
    out.leafFlag("PCI_FLAG", v.core().severity() >= 4);
    out.open("DISCOVERY");
    out.leafFlag("REMOTE", v.authTypes().isEmpty() || !v.category().equals("Local"));
    if (!v.authTypes().isEmpty()) {
      out.open("AUTH_TYPE_LIST");
      v.authTypes().forEach(type -> out.leaf("AUTH_TYPE", type));
      out.close("AUTH_TYPE_LIST");
    }
    out.close("DISCOVERY");
    out.close("VULN");
  }

  private static String decimal(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
