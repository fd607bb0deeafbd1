package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.query.HostCursor;
import dev.graphwright.qualys.sim.xml.XmlOut;

/** Streams one page of {@code HOST_LIST_OUTPUT}: one host, or one run of ids, per step. */
final class HostListBody implements BodyWriter {
  private static final String ROOT = "HOST_LIST_OUTPUT";

  /** Page settings. */
  record Page(
      HostListEndpoint.Details details,
      int truncationLimit,
      HostXml.Options hostOptions,
      boolean echo) {}

  private final CallContext ctx;
  private final V2HostScope scope;
  private final Page page;
  private final HostFactory hosts;
  private final HostCursor cursor;
  private final OneShotFaults faults;
  private boolean started;
  private int next = -1;
  private int written;

  HostListBody(CallContext ctx, V2HostScope scope, Page page) {
    this.ctx = ctx;
    this.scope = scope;
    this.page = page;
    this.hosts = ctx.account().hosts();
    this.cursor = scope.selection().cursor(hosts);
    this.faults = new OneShotFaults(ctx, FaultKind.MALFORMED, FaultKind.NON_STRING);
  }

  @Override
  public boolean writeNext(XmlOut out) {
    if (!started) {
      started = true;
      V2Document.open(out, ctx, ROOT, "/api/2.0/fo/asset/host/host_list_output.dtd", page.echo());
      out.open("RESPONSE");
      out.leafDate("DATETIME", ctx.wallClock());
      next = V2HostScope.nextIndex(cursor, hosts, scope);
      if (next < 0) {
        return close(out);
      }
      out.open(listElement());
      return true;
    }
    int limit = page.truncationLimit();
    if (limit > 0 && written == limit) {
      out.close(listElement());
      WarningUrl.write(out, ctx, limit, hosts.ids().id(next));
      return close(out);
    }
    if (page.details() == HostListEndpoint.Details.NONE) {
      writeRun(out);
    } else {
      ctx.hostDelay();
      writeHost(out, hosts.host(next));
      written++;
      next = V2HostScope.nextIndex(cursor, hosts, scope);
    }
    if (next < 0) {
      out.close(listElement());
      return close(out);
    }
    return true;
  }

  private String listElement() {
    return page.details() == HostListEndpoint.Details.NONE ? "ID_SET" : "HOST_LIST";
  }

  private boolean close(XmlOut out) {
    out.close("RESPONSE");
    V2Document.close(out, ctx, ROOT);
    return false;
  }

  // A run of selected hosts with consecutive ids, cut at the page boundary.
  private void writeRun(XmlOut out) {
    int limit = page.truncationLimit();
    long first = hosts.ids().id(next);
    long last = first;
    ctx.hostDelay();
    written++;
    next = V2HostScope.nextIndex(cursor, hosts, scope);
    while (next >= 0 && (limit == 0 || written < limit) && hosts.ids().id(next) == last + 1) {
      ctx.hostDelay();
      last++;
      written++;
      next = V2HostScope.nextIndex(cursor, hosts, scope);
    }
    String element = first == last ? "ID" : "ID_RANGE";
    String text = first == last ? Long.toString(first) : first + "-" + last;
    if (faults.take(FaultKind.MALFORMED)) {
      out.rawLine("<" + element + ">" + text.substring(0, 3) + "<" + text.substring(3) + "</"
          + element + ">");
    } else {
      out.leaf(element, text);
    }
  }

  private void writeHost(XmlOut out, HostRecord host) {
    var options = page.hostOptions();
    out.open("HOST");
    if (faults.take(FaultKind.MALFORMED)) {
      String id = Long.toString(host.id());
      out.rawLine("<ID>" + id.substring(0, 3) + "<" + id.substring(3) + "</ID>");
    } else {
      out.leaf("ID", host.id());
    }
    if (options.showAssetId()) {
      out.leaf("ASSET_ID", host.assetId());
    }
    out.leaf("IP", host.ip());
    out.leaf("TRACKING_METHOD", host.tracking().vmName());
    HostXml.dns(out, host, faults.take(FaultKind.NON_STRING));
    HostXml.cloud(out, host);
    out.leafCdata("NETBIOS", host.netbios());
    out.leafCdata("OS", host.os());
    out.leaf("QG_HOSTID", host.qgHostId());
    HostXml.tags(out, host, options);
    HostXml.metadata(out, host, options);
    if (page.details() == HostListEndpoint.Details.ALL) {
      out.leafDate("LAST_VULN_SCAN_DATETIME", host.lastScanDatetime());
      out.leafDate("LAST_VM_SCANNED_DATE", host.lastVmScan());
      out.leaf("LAST_VM_SCANNED_DURATION", host.scanDurationSec());
      if (host.lastAuthScan() > 0) {
        out.leafDate("LAST_VM_AUTH_SCANNED_DATE", host.lastAuthScan());
        out.leaf("LAST_VM_AUTH_SCANNED_DURATION", host.scanDurationSec());
      }
    }
    out.close("HOST");
  }
}
