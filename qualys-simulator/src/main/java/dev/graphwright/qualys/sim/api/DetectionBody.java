package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.DetectionRecord;
import dev.graphwright.qualys.sim.data.DetectionType;
import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.query.DetectionFilter;
import dev.graphwright.qualys.sim.query.HostCursor;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;

/** Streams one page of {@code HOST_LIST_VM_DETECTION_OUTPUT}, one host per step. */
final class DetectionBody implements BodyWriter {
  private static final String ROOT = "HOST_LIST_VM_DETECTION_OUTPUT";

  /** Page settings. */
  record Page(
      int truncationLimit,
      boolean showResults,
      boolean showQds,
      boolean showQdsFactors,
      boolean showReopenedInfo,
      HostXml.Options hostOptions,
      boolean echo) {}

  private record Pending(HostRecord host, List<DetectionRecord> detections) {}

  private final CallContext ctx;
  private final V2HostScope scope;
  private final DetectionFilter filter;
  private final Page page;
  private final HostFactory hosts;
  private final HostCursor cursor;
  private boolean started;
  private Pending next;
  private HostRecord lastWritten;
  private int written;
  private final OneShotFaults faults;

  DetectionBody(CallContext ctx, V2HostScope scope, DetectionFilter filter, Page page) {
    this.ctx = ctx;
    this.scope = scope;
    this.filter = filter;
    this.page = page;
    this.hosts = ctx.account().hosts();
    this.cursor = scope.selection().cursor(hosts);
    this.faults =
        new OneShotFaults(ctx, FaultKind.MALFORMED, FaultKind.BAD_QID, FaultKind.NON_STRING);
  }

  @Override
  public boolean writeNext(XmlOut out) {
    if (!started) {
      started = true;
      V2Document.open(
          out,
          ctx,
          ROOT,
          "/api/2.0/fo/asset/host/vm/detection/host_list_vm_detection_output.dtd",
          page.echo());
      out.open("RESPONSE");
      out.leafDate("DATETIME", ctx.wallClock());
      next = advance();
      if (next != null) {
        out.open("HOST_LIST");
      }
      return finishIfDone(out);
    }
    int limit = page.truncationLimit();
    if (limit > 0 && written == limit) {
      out.close("HOST_LIST");
      WarningUrl.write(out, ctx, limit, nextPageStart());
      closeDocument(out);
      return false;
    }
    ctx.hostDelay();
    writeHost(out, next);
    lastWritten = next.host();
    written++;
    next = advance();
    if (next == null) {
      out.close("HOST_LIST");
    }
    return finishIfDone(out);
  }

  private boolean finishIfDone(XmlOut out) {
    if (next == null) {
      closeDocument(out);
      return false;
    }
    return true;
  }

  private void closeDocument(XmlOut out) {
    out.close("RESPONSE");
    V2Document.close(out, ctx, ROOT);
  }

  // With duplicate-detection the next page starts at the last host of this one, so that host and
  // its detections arrive twice. Needs two hosts on the page, or paging would never advance.
  private long nextPageStart() {
    if (ctx.drawn(FaultKind.DUPLICATE_DETECTION) && written >= 2) {
      ctx.injected(FaultKind.DUPLICATE_DETECTION);
      return lastWritten.id();
    }
    return next.host().id();
  }

  private Pending advance() {
    HostRecord host;
    while ((host = V2HostScope.next(cursor, hosts, scope)) != null) {
      var kept = new ArrayList<DetectionRecord>();
      for (DetectionRecord d : ctx.account().detections().detections(host)) {
        if (filter.matches(d)) {
          kept.add(d);
        }
      }
      if (!kept.isEmpty()) {
        return new Pending(host, kept);
      }
    }
    return null;
  }

  private void writeHost(XmlOut out, Pending pending) {
    HostRecord host = pending.host();
    var options = page.hostOptions();
    out.open("HOST");
    out.leaf("ID", host.id());
    if (options.showAssetId()) {
      out.leaf("ASSET_ID", host.assetId());
    }
    out.leaf("IP", host.ip());
    out.leaf("TRACKING_METHOD", host.tracking().vmName());
    out.leafCdata("OS", host.os());
    HostXml.dns(out, host, faults.take(FaultKind.NON_STRING));
    HostXml.cloud(out, host);
    out.leafCdata("NETBIOS", host.netbios());
    out.leaf("QG_HOSTID", host.qgHostId());
    out.leafDate("LAST_SCAN_DATETIME", host.lastScanDatetime());
    out.leafDate("LAST_VM_SCANNED_DATE", host.lastVmScan());
    out.leaf("LAST_VM_SCANNED_DURATION", host.scanDurationSec());
    if (host.lastAuthScan() > 0) {
      out.leafDate("LAST_VM_AUTH_SCANNED_DATE", host.lastAuthScan());
      out.leaf("LAST_VM_AUTH_SCANNED_DURATION", host.scanDurationSec());
    }
    HostXml.tags(out, host, options);
    HostXml.metadata(out, host, options);
    out.open("DETECTION_LIST");
    for (DetectionRecord d : pending.detections()) {
      writeDetection(out, host, d);
    }
    out.close("DETECTION_LIST");
    out.close("HOST");
  }

  private void writeDetection(XmlOut out, HostRecord host, DetectionRecord d) {
    out.open("DETECTION");
    if (faults.take(FaultKind.MALFORMED)) {
      // The corruption of the earlier integration's CHANGELOG 5.0.2: a '<' inside the QID.
      String qid = Integer.toString(d.qid());
      out.rawLine("<QID>" + qid.substring(0, 2) + "<" + qid.substring(2) + "</QID>");
    } else if (faults.take(FaultKind.BAD_QID)) {
      out.leaf("QID", "abc");
    } else {
      out.leaf("QID", d.qid());
    }
    out.leaf("TYPE", d.type().label());
    out.leaf("SEVERITY", d.severity());
    if (d.port() >= 0) {
      out.leaf("PORT", d.port());
      out.leaf("PROTOCOL", d.protocol());
    }
    out.leafFlag("SSL", d.ssl());
    if (page.showResults()) {
      out.leafCdata("RESULTS", ctx.account().results().of(host, d));
    }
    if (d.status() != null) {
      out.leaf("STATUS", d.status().label());
    }
    out.leafDate("FIRST_FOUND_DATETIME", d.firstFound());
    out.leafDate("LAST_FOUND_DATETIME", d.lastFound());
    if (page.showQds() && d.type() != DetectionType.INFO) {
      // Qualys scores vulnerabilities, not information gathered.
      var qds = ctx.account().knowledgeBase().qds(d.qid());
      out.rawLine("<QDS severity=\"" + qds.severity() + "\">" + qds.score() + "</QDS>");
      if (page.showQdsFactors()) {
        out.open("QDS_FACTORS");
        for (var factor : qds.factors().entrySet()) {
          out.rawLine("<QDS_FACTOR name=\"" + factor.getKey() + "\"><![CDATA[" + factor.getValue()
              + "]]></QDS_FACTOR>");
        }
        out.close("QDS_FACTORS");
      }
    }
    out.leaf("TIMES_FOUND", d.timesFound());
    out.leafDate("LAST_TEST_DATETIME", d.lastTest());
    out.leafDate("LAST_UPDATE_DATETIME", d.lastUpdate());
    out.leafDate("LAST_FIXED_DATETIME", d.lastFixed());
    if (page.showReopenedInfo() && d.timesReopened() > 0) {
      out.leafDate("FIRST_REOPENED_DATETIME", d.firstReopened());
      out.leafDate("LAST_REOPENED_DATETIME", d.lastReopened());
      out.leaf("TIMES_REOPENED", d.timesReopened());
    }
    out.leafFlag("IS_IGNORED", d.ignored());
    out.leafFlag("IS_DISABLED", d.disabled());
    out.leafDate("LAST_PROCESSED_DATETIME", d.lastProcessed());
    out.close("DETECTION");
  }
}
