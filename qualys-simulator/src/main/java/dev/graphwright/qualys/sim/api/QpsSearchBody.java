package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.xml.XmlOut;

/**
 * Streams a QPS search result, one record per step. With {@code duplicate-webapp-finding} a record
 * is sent twice: the first record of the next page is appended to this one (so both offset and
 * {@code id GREATER lastId} paging see it again), or the last record is repeated on a final page.
 */
final class QpsSearchBody<T> implements BodyWriter {
  private final CallContext ctx;
  private final QpsResource<T> resource;
  private final QpsPage page;
  private final String xsd;
  private final boolean emptyDataOnNoResult;
  private final boolean verbose;
  private final boolean perHostLatency;
  private final OneShotFaults faults;
  private final long duplicateKey;
  private int position = -1;

  QpsSearchBody(CallContext ctx, QpsResource<T> resource, QpsPage page, Settings settings) {
    this.ctx = ctx;
    this.resource = resource;
    this.page = page;
    this.xsd = settings.xsd();
    this.emptyDataOnNoResult = settings.emptyDataOnNoResult();
    this.verbose = settings.verbose();
    this.perHostLatency = settings.perHostLatency();
    this.faults =
        new OneShotFaults(ctx, FaultKind.MALFORMED, FaultKind.BAD_QID, FaultKind.NON_STRING);
    this.duplicateKey = duplicateKey(ctx, page, settings.duplicateFault());
  }

  /**
   * How to frame the result.
   *
   * @param emptyDataOnNoResult whether an empty result still has {@code hasMoreRecords} and an empty
   *     {@code data} (web apps) or only {@code responseCode} and {@code count} (others)
   * @param duplicateFault the duplicate fault this resource honours, or null
   * @param perHostLatency whether each record costs the per-host latency (host assets)
   */
  record Settings(
      String xsd,
      boolean emptyDataOnNoResult,
      boolean verbose,
      FaultKind duplicateFault,
      boolean perHostLatency) {}

  @Override
  public boolean writeNext(XmlOut out) {
    long[] keys = page.keys();
    if (position < 0) {
      position = 0;
      QpsDocument.open(out, ctx.request().origin(), xsd);
      out.leaf("responseCode", "SUCCESS");
      out.leaf("count", keys.length + (duplicateKey >= 0 ? 1 : 0));
      if (keys.length == 0) {
        if (emptyDataOnNoResult) {
          out.leaf("hasMoreRecords", "false");
          out.open("data");
          out.close("data");
        }
        QpsDocument.close(out);
        return false;
      }
      out.leafBoolean("hasMoreRecords", page.hasMore());
      out.leaf("lastId", resource.id(resource.load(keys[keys.length - 1])));
      out.open("data");
      return true;
    }
    if (position < keys.length) {
      write(out, keys[position++]);
      return true;
    }
    if (duplicateKey >= 0) {
      write(out, duplicateKey);
    }
    out.close("data");
    QpsDocument.close(out);
    return false;
  }

  private void write(XmlOut out, long key) {
    if (perHostLatency) {
      ctx.hostDelay();
    }
    resource.write(out, resource.load(key), verbose, faults);
  }

  private static long duplicateKey(CallContext ctx, QpsPage page, FaultKind fault) {
    if (fault == null || !ctx.drawn(fault) || page.keys().length == 0) {
      return -1;
    }
    ctx.injected(fault);
    return page.hasMore() ? page.nextKey() : page.keys()[page.keys().length - 1];
  }
}
