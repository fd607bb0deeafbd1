package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.data.WebAppFactory;
import dev.graphwright.qualys.sim.data.WebAppRecord;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PrimitiveIterator;

/** WAS web applications ({@code WebApp}), ascending by id. */
final class WebAppResource implements QpsResource<WebAppRecord> {
  private static final Map<String, QpsField<WebAppRecord>> FIELDS = buildFields();

  private final WebAppFactory apps;

  WebAppResource(Account account) {
    this.apps = account.webApps();
  }

  private static Map<String, QpsField<WebAppRecord>> buildFields() {
    var fields = new LinkedHashMap<String, QpsField<WebAppRecord>>();
    fields.put("id", QpsField.of("id", QpsField.Type.LONG, WebAppRecord::id));
    fields.put("name", QpsField.of("name", QpsField.Type.TEXT, WebAppRecord::name));
    fields.put("url", QpsField.of("url", QpsField.Type.TEXT, WebAppRecord::url));
    fields.put("isScanned", QpsField.of("isScanned", QpsField.Type.BOOLEAN, WebAppRecord::scanned));
    fields.put("isScheduled", QpsField.of("isScheduled", QpsField.Type.BOOLEAN, a -> false));
    fields.put(
        "lastScan.date",
        QpsField.of(
            "lastScan.date", QpsField.Type.DATE, a -> a.scanned() ? a.lastScanMillis() : null));
    fields.put(
        "createdDate", QpsField.of("createdDate", QpsField.Type.DATE, a -> a.created() * 1000));
    fields.put(
        "updatedDate", QpsField.of("updatedDate", QpsField.Type.DATE, a -> a.updated() * 1000));
    fields.put(
        "tags.name",
        QpsField.of(
            "tags.name",
            QpsField.Type.TEXT,
            a -> a.tags().stream().map(TagRecord::name).toList()));
    fields.put(
        "tags.id",
        QpsField.of(
            "tags.id",
            QpsField.Type.LONG,
            a -> a.tags().stream().map(TagRecord::id).toList()));
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public Map<String, QpsField<WebAppRecord>> fields() {
    return FIELDS;
  }

  @Override
  public PrimitiveIterator.OfLong candidates(
      QpsCriteria<WebAppRecord> criteria, QpsRequest request) {
    long[] ids = criteria.equalsOrIn("id");
    if (ids != null) {
      return IndexWalk.of(Arrays.stream(ids).map(id -> apps.ids().indexOf(id)).toArray());
    }
    long start = 0;
    Long after = criteria.greaterThan("id");
    if (after != null) {
      start = apps.ids().firstIndexAtOrAbove(after + 1);
    }
    if (request.startFromId() != null) {
      start = Math.max(start, apps.ids().firstIndexAtOrAbove(request.startFromId()));
    }
    return IndexWalk.range(start, apps.count());
  }

  @Override
  public WebAppRecord load(long key) {
    return apps.webApp((int) key);
  }

  @Override
  public long id(WebAppRecord record) {
    return record.id();
  }

  @Override
  public void write(XmlOut out, WebAppRecord app, boolean verbose, OneShotFaults faults) {
    out.open("WebApp");
    out.leaf("id", app.id());
    out.leafCdata("name", app.name());
    out.leafCdata("url", app.url());
    out.open("owner");
    out.leaf("id", app.ownerId());
    if (verbose) {
      out.leaf("username", "qualys_wa1");
      out.leaf("firstName", "Web");
      out.leaf("lastName", "Admin");
    }
    out.close("owner");
    if (verbose) {
      out.leaf("scope", "ALL");
    }
    out.open("tags");
    out.leaf("count", app.tags().size());
    if (verbose && !app.tags().isEmpty()) {
      out.open("list");
      for (TagRecord tag : app.tags()) {
        out.open("Tag");
        out.leaf("id", tag.id());
        out.leafCdata("name", tag.name());
        out.close("Tag");
      }
      out.close("list");
    }
    out.close("tags");
    out.leafDate("createdDate", app.created());
    out.leafDate("updatedDate", app.updated());
    if (verbose) {
      out.leafBoolean("isScheduled", false);
      if (app.scanned()) {
        out.open("lastScan");
        out.leaf("id", app.lastScanId());
        out.leafCdata("name", "Web Application Vulnerability Scan - " + app.name());
        out.open("summary");
        out.leaf("resultsStatus", "SUCCESSFUL");
        out.leaf("authStatus", "NONE");
        out.close("summary");
        out.close("lastScan");
      }
    }
    out.close("WebApp");
  }
}
