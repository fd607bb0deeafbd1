package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Produces web applications and their findings from the seed alone.
 *
 * <p>Finding ids ascend with (application, finding) and are invertible: application {@code a}
 * owns the id block {@code [base + a*span, base + (a+1)*span)}.
 */
public final class WebAppFactory {
  private static final long NAME_STREAM = 1;
  // Positions in the shared tag pool that make sense on a web application.
  private static final int[] WEB_APP_TAGS = {1, 2, 8, 9};

  private final DataSpec spec;
  private final KnowledgeBase kb;
  private final IdLayout ids;
  private final long findingBase;
  private final int maxFindings;
  private final long span;

  WebAppFactory(DataSpec spec, KnowledgeBase kb) {
    this.spec = spec;
    this.kb = kb;
    long seed = spec.seed();
    this.ids = new IdLayout(
        seed,
        Kind.WEB_APP_ID_BLOCK,
        81_220_000L + Rng.hash(seed, Kind.BASES, 4) % 90_000,
        spec.webApps());
    this.findingBase = 3_158_000L + Rng.hash(seed, Kind.BASES, 5) % 900_000;
    this.maxFindings = (int) Math.floor(1.5 * spec.findingsPerWebApp()) + 1;
    this.span = 3L * maxFindings;
  }

  /** The id layout of the web applications. */
  public IdLayout ids() {
    return ids;
  }

  /** Number of web applications. */
  public int count() {
    return ids.count();
  }

  /** Builds web application {@code index}. */
  public WebAppRecord webApp(int index) {
    long now = spec.now();
    var rng = Rng.of(spec.seed(), Kind.WEB_APP, index);
    String name = index > 0 && rng.chance(0.08) ? ownName(index - 1) : ownName(index);
    String product = Names.APP_PRODUCTS[Math.floorMod(index, Names.APP_PRODUCTS.length)];
    String slug = product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String url = "https://" + slug + "-" + (index + 1) + ".example.com/";
    long created = now - rng.between(60, 900) * Days.DAY - rng.nextInt((int) Days.DAY);
    boolean scanned = rng.chance(0.9);
    long lastScanDate = 0;
    if (scanned) {
      lastScanDate = rng.chance(0.7)
          ? now - Days.HOUR - rng.nextInt((int) (7 * Days.DAY - Days.HOUR))
          : now - rng.between(8, 90) * Days.DAY - rng.nextInt((int) Days.DAY);
    }
    long updatedCeiling = scanned ? lastScanDate : now - Days.HOUR;
    long updated = created + (long) (rng.nextDouble() * Math.max(0, updatedCeiling - created));
    var tags = new ArrayList<TagRecord>();
    for (int i = rng.nextInt(3); i > 0; i--) {
      tags.add(HostFactory.tag(WEB_APP_TAGS[(index + i) % WEB_APP_TAGS.length]));
    }
    return new WebAppRecord(
        index,
        ids.id(index),
        name,
        url,
        10_748_728L,
        created,
        updated,
        scanned,
        scanned ? 2_900_000L + index * 10L + rng.nextInt(10) : 0,
        lastScanDate,
        tags);
  }

  /** Number of findings of the application (none when it was never scanned). */
  public int findingCount(WebAppRecord app) {
    if (!app.scanned()) {
      return 0;
    }
    double factor = 0.5 + Rng.of(spec.seed(), Kind.FINDING_COUNT, app.index()).nextDouble();
    return (int) Math.round(spec.findingsPerWebApp() * factor);
  }

  /** All findings of the application, ascending by id. */
  public List<FindingRecord> findings(WebAppRecord app) {
    int count = findingCount(app);
    var findings = new ArrayList<FindingRecord>(count);
    for (int f = 0; f < count; f++) {
      findings.add(finding(app, f));
    }
    return findings;
  }

  /** The id of finding {@code f} of application {@code appIndex}. */
  public long findingId(int appIndex, int f) {
    return findingBase
        + appIndex * span
        + 3L * f
        + Math.floorMod(Rng.hash(spec.seed(), Kind.FINDING_ID_OFFSET, appIndex, f), 3L);
  }

  /** The application index that owns finding id {@code id}, clamped to {@code [0, count]}. */
  public int appIndexOfFindingId(long id) {
    if (id < findingBase) {
      return 0;
    }
    return (int) Math.min((id - findingBase) / span, count());
  }

  private String ownName(int index) {
    var rng = Rng.of(spec.seed(), Kind.WEB_APP, index, NAME_STREAM);
    return Names.APP_PRODUCTS[Math.floorMod(index, Names.APP_PRODUCTS.length)] + " " + (index + 1)
        + (rng.chance(0.2) ? " (" + rng.pick(Names.ENVIRONMENTS) + ")" : "");
  }

  /** Finding {@code f} of the application. */
  public FindingRecord finding(WebAppRecord app, int f) {
    var rng = Rng.of(spec.seed(), Kind.FINDING, app.index(), f);
    int qid = kb.wasQid(rng.nextInt(kb.wasQidCount()));
    VulnCore core = kb.core(qid);
    String name = kb.vuln(qid).title();
    boolean info = core.wasType() == WasFindingType.INFORMATION_GATHERED;
    long scan = app.lastScanDate();
    long first = scan - rng.nextInt((int) (300 * Days.DAY));
    long last = rng.chance(0.6) ? scan : first + (long) (rng.nextDouble() * (scan - first));
    WasStatus status = info ? null : status(rng);
    long fixed = 0;
    if (status == WasStatus.FIXED) {
      fixed = scan;
      last = Math.min(last, scan - rng.between(1, 10) * Days.DAY);
      first = Math.min(first, last);
    }
    String url = info ? null : app.url() + rng.pick(Names.URL_PATHS);
    return new FindingRecord(
        findingId(app.index(), f),
        rng.uuid(),
        qid,
        name,
        core.wasType(),
        core.wasType() == WasFindingType.VULNERABILITY && rng.chance(0.1),
        core.severity(),
        url,
        status,
        first,
        last,
        scan,
        fixed,
        info ? 0 : rng.between(1, 60),
        rng.chance(0.03),
        app);
  }

  private static WasStatus status(Rng rng) {
    double roll = rng.nextDouble();
    return roll < 0.15
        ? WasStatus.NEW
        : roll < 0.75
            ? WasStatus.ACTIVE
            : roll < 0.8 ? WasStatus.REOPENED : roll < 0.95 ? WasStatus.FIXED : WasStatus.PROTECTED;
  }
}
