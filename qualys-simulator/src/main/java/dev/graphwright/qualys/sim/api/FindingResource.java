package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.FindingRecord;
import dev.graphwright.qualys.sim.data.WasFindingType;
import dev.graphwright.qualys.sim.data.WasStatus;
import dev.graphwright.qualys.sim.data.WebAppFactory;
import dev.graphwright.qualys.sim.data.WebAppRecord;
import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * WAS findings ({@code Finding}), ascending by id (that is, by web application, then finding).
 * A key packs the application index and the finding position.
 */
final class FindingResource implements QpsResource<FindingRecord> {
  private static final int F_BITS = 20;
  private static final Map<String, QpsField<FindingRecord>> FIELDS = buildFields();

  private final WebAppFactory apps;
  private WebAppRecord cachedApp;

  FindingResource(Account account) {
    this.apps = account.webApps();
  }

  private static Map<String, QpsField<FindingRecord>> buildFields() {
    var fields = new LinkedHashMap<String, QpsField<FindingRecord>>();
    add(fields, QpsField.of("id", QpsField.Type.LONG, FindingRecord::id));
    add(fields, QpsField.keyword("uniqueId", FindingRecord::uniqueId, List.of()));
    add(fields, QpsField.of("qid", QpsField.Type.LONG, f -> (long) f.qid()));
    add(fields, QpsField.of("name", QpsField.Type.TEXT, FindingRecord::name));
    add(
        fields,
        QpsField.keyword(
            "type",
            f -> f.type().name(),
            Arrays.stream(WasFindingType.values()).map(Enum::name).toList()));
    add(fields, QpsField.of("url", QpsField.Type.TEXT, FindingRecord::url));
    add(
        fields,
        QpsField.keyword(
            "status",
            f -> f.status() == null ? null : f.status().name(),
            Arrays.stream(WasStatus.values()).map(Enum::name).toList()));
    add(fields, QpsField.of("webApp.id", QpsField.Type.LONG, f -> f.webApp().id()));
    add(fields, QpsField.of("webApp.name", QpsField.Type.TEXT, f -> f.webApp().name()));
    add(fields, QpsField.of("severity", QpsField.Type.LONG, f -> (long) f.severity()));
    add(
        fields,
        QpsField.of("firstDetectedDate", QpsField.Type.DATE, f -> f.firstDetected() * 1000));
    add(fields, QpsField.of("lastDetectedDate", QpsField.Type.DATE, f -> f.lastDetected() * 1000));
    add(fields, QpsField.of("lastTestedDate", QpsField.Type.DATE, f -> f.lastTested() * 1000));
    add(
        fields,
        QpsField.of(
            "fixedDate",
            QpsField.Type.DATE,
            f -> f.fixedDate() == 0 ? null : f.fixedDate() * 1000));
    add(fields, QpsField.of("timesDetected", QpsField.Type.LONG, f -> (long) f.timesDetected()));
    add(fields, QpsField.of("isIgnored", QpsField.Type.BOOLEAN, FindingRecord::ignored));
    return Collections.unmodifiableMap(fields);
  }

  private static void add(
      Map<String, QpsField<FindingRecord>> fields, QpsField<FindingRecord> field) {
    fields.put(field.name(), field);
  }

  @Override
  public Map<String, QpsField<FindingRecord>> fields() {
    return FIELDS;
  }

  @Override
  public PrimitiveIterator.OfLong candidates(
      QpsCriteria<FindingRecord> criteria, QpsRequest request) {
    long start = 0;
    Long after = criteria.greaterThan("id");
    if (after != null) {
      start = after + 1;
    }
    if (request.startFromId() != null) {
      start = Math.max(start, request.startFromId());
    }
    int firstApp = apps.appIndexOfFindingId(start);
    long[] appIds = criteria.equalsOrIn("webApp.id");
    IndexWalk appWalk = appIds != null
        ? IndexWalk.of(Arrays.stream(appIds)
            .map(id -> apps.ids().indexOf(id))
            .filter(i -> i >= firstApp)
            .toArray())
        : IndexWalk.range(firstApp, apps.count());
    return new FindingWalk(appWalk);
  }

  @Override
  public FindingRecord load(long key) {
    int appIndex = (int) (key >>> F_BITS);
    return apps.finding(app(appIndex), (int) (key & ((1 << F_BITS) - 1)));
  }

  @Override
  public long id(FindingRecord record) {
    return record.id();
  }

  @Override
  public void write(XmlOut out, FindingRecord f, boolean verbose, OneShotFaults faults) {
    out.open("Finding");
    out.leaf("id", f.id());
    out.leaf("uniqueId", f.uniqueId());
    if (faults.take(FaultKind.MALFORMED)) {
      String qid = Integer.toString(f.qid());
      out.rawLine("<qid>" + qid.substring(0, 3) + "<" + qid.substring(3) + "</qid>");
    } else if (faults.take(FaultKind.BAD_QID)) {
      out.leaf("qid", "abc");
    } else {
      out.leaf("qid", f.qid());
    }
    out.leafCdata("name", f.name());
    out.leaf("type", f.type().name());
    out.leaf("findingType", "QUALYS");
    if (verbose) {
      out.leafBoolean("potential", f.potential());
      out.leaf("group", group(f));
    }
    out.leaf("severity", f.severity());
    out.leafCdata("url", f.url());
    out.leaf("status", f.status() == null ? null : f.status().name());
    out.leafDate("firstDetectedDate", f.firstDetected());
    out.leafDate("lastDetectedDate", f.lastDetected());
    out.leafDate("lastTestedDate", f.lastTested());
    out.leafDate("fixedDate", f.fixedDate());
    if (f.timesDetected() > 0) {
      out.leaf("timesDetected", f.timesDetected());
    }
    out.leafBoolean("isIgnored", f.ignored());
    out.open("webApp");
    out.leaf("id", f.webApp().id());
    out.leafCdata("name", f.webApp().name());
    out.leafCdata("url", f.webApp().url());
    out.close("webApp");
    out.close("Finding");
  }

  private static String group(FindingRecord f) {
    return switch (f.type()) {
      case INFORMATION_GATHERED -> "INFO";
      case SENSITIVE_CONTENT -> "CC";
      case VULNERABILITY ->
        f.name().contains("SQL") ? "SQL" : f.name().contains("Scripting") ? "XSS" : "PATH";
    };
  }

  private WebAppRecord app(int index) {
    if (cachedApp == null || cachedApp.index() != index) {
      cachedApp = apps.webApp(index);
    }
    return cachedApp;
  }

  /** Keys of every finding of the walked applications, in id order. */
  private final class FindingWalk implements PrimitiveIterator.OfLong {
    private final IndexWalk appWalk;
    private int appIndex = -1;
    private int f;
    private int count;

    FindingWalk(IndexWalk appWalk) {
      this.appWalk = appWalk;
    }

    @Override
    public boolean hasNext() {
      while (f >= count) {
        if (!appWalk.hasNext()) {
          return false;
        }
        appIndex = (int) appWalk.nextLong();
        f = 0;
        count = apps.findingCount(app(appIndex));
      }
      return true;
    }

    @Override
    public long nextLong() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ((long) appIndex << F_BITS) | f++;
    }
  }
}
