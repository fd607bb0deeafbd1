package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The knowledge base: host QIDs (ascending from 10000, skipping 150000-159999) and web-application
 * QIDs (from 150000). Both are ascending with gaps and invertible, so a QID can be looked up, and a
 * QID range walked, without a table.
 */
public final class KnowledgeBase {
  private static final int HOST_BASE = 10_000;
  private static final int HOST_STRIDE = 5;
  private static final int WAS_BASE = 150_000;
  private static final int WAS_STRIDE = 3;
  private static final int WAS_END = 160_000;
  private static final int WAS_QIDS = 40;

  private final long seed;
  private final int hostQids;
  private final VulnTexts texts;
  // Bounded by the QID pool (thousands), not by the account.
  private final java.util.concurrent.ConcurrentHashMap<Integer, Qds> qdsByQid =
      new java.util.concurrent.ConcurrentHashMap<>();
  // Entries revised through the admin API; few, set by tests.
  private final java.util.concurrent.ConcurrentHashMap<Integer, Revision> revisions =
      new java.util.concurrent.ConcurrentHashMap<>();

  KnowledgeBase(DataSpec spec) {
    this.seed = spec.seed();
    this.hostQids = spec.qids();
    this.texts = new VulnTexts(spec);
  }

  /** Size of the host QID pool. */
  public int hostQidCount() {
    return hostQids;
  }

  /** Size of the web-application QID pool. */
  public int wasQidCount() {
    return WAS_QIDS;
  }

  /** Host QID number {@code k}. */
  public int hostQid(int k) {
    int raw = HOST_BASE + HOST_STRIDE * k + offset(Kind.HOST_QID_OFFSET, k, HOST_STRIDE);
    return raw < WAS_BASE ? raw : raw + (WAS_END - WAS_BASE);
  }

  /** The pool position of a host QID, or -1. */
  public int hostQidIndex(long qid) {
    if (qid < HOST_BASE || (qid >= WAS_BASE && qid < WAS_END) || qid > Integer.MAX_VALUE) {
      return -1;
    }
    long raw = qid < WAS_BASE ? qid : qid - (WAS_END - WAS_BASE);
    long k = (raw - HOST_BASE) / HOST_STRIDE;
    return k < hostQids && hostQid((int) k) == qid ? (int) k : -1;
  }

  /** Web-application QID number {@code w}. */
  public int wasQid(int w) {
    return WAS_BASE + WAS_STRIDE * w + offset(Kind.WAS_QID_OFFSET, w, WAS_STRIDE);
  }

  /** The pool position of a web-application QID, or -1. */
  public int wasQidIndex(long qid) {
    if (qid < WAS_BASE || qid >= WAS_END) {
      return -1;
    }
    long w = (qid - WAS_BASE) / WAS_STRIDE;
    return w < WAS_QIDS && wasQid((int) w) == qid ? (int) w : -1;
  }

  /** Whether the knowledge base has this QID. */
  public boolean exists(long qid) {
    return hostQidIndex(qid) >= 0 || wasQidIndex(qid) >= 0;
  }

  /** The cheap facts of an existing QID. */
  public VulnCore core(int qid) {
    var rng = Rng.of(seed, Kind.VULN, qid);
    if (wasQidIndex(qid) >= 0) {
      double roll = rng.nextDouble();
      WasFindingType wasType = roll < 0.55
          ? WasFindingType.VULNERABILITY
          : roll < 0.7 ? WasFindingType.SENSITIVE_CONTENT : WasFindingType.INFORMATION_GATHERED;
      VulnType vulnType = wasType == WasFindingType.INFORMATION_GATHERED
          ? VulnType.INFORMATION
          : VulnType.CONFIRMED;
      int severity = severity(rng, vulnType);
      int cves = wasType == WasFindingType.VULNERABILITY && rng.chance(0.4) ? 1 : 0;
      return new VulnCore(qid, vulnType, severity, cves, wasType);
    }
    double roll = rng.nextDouble();
    VulnType vulnType = roll < 0.2
        ? VulnType.INFORMATION
        : roll < 0.4 ? VulnType.POTENTIAL : roll < 0.9 ? VulnType.CONFIRMED : VulnType.EITHER;
    int severity = severity(rng, vulnType);
    int cves;
    if (vulnType == VulnType.INFORMATION) {
      cves = rng.chance(0.1) ? 1 : 0;
    } else {
      double c = rng.nextDouble();
      cves = c < 0.2 ? 0 : c < 0.7 ? 1 : rng.between(2, 4);
    }
    return new VulnCore(qid, vulnType, severity, cves, null);
  }

  /** The Qualys Detection Score of an existing QID's detections; computed once per QID. */
  public Qds qds(int qid) {
    return qdsByQid.computeIfAbsent(qid, q -> {
      var vuln = vuln(q);
      return Qds.of(seed, q, vuln.core().severity(), vuln.cvss3Base(), vuln.cvssBase());
    });
  }

  /** The full entry of an existing QID, with its latest revision (if any) applied. */
  public VulnRecord vuln(int qid) {
    var vuln = texts.vuln(core(qid), cves(qid));
    var revision = revisions.get(qid);
    return revision == null ? vuln : revision.applyTo(vuln);
  }

  /**
   * Qualys revises an entry: its title gains {@code (revision N)} and its last modification moves
   * to {@code at} (epoch seconds). Returns the entry's revision count.
   */
  public int revise(int qid, long at) {
    if (!exists(qid)) {
      throw new IllegalArgumentException("QID " + qid + " is not in the knowledge base");
    }
    return revisions
        .merge(qid, new Revision(1, at), (old, next) -> new Revision(old.count() + 1, at))
        .count();
  }

  /** A revision of an entry: how many so far, and when the latest was made. */
  private record Revision(int count, long at) {
    VulnRecord applyTo(VulnRecord v) {
      return new VulnRecord(
          v.core(),
          v.title() + " (revision " + count + ")",
          v.category(),
          v.published(),
          at,
          v.patchable(),
          v.cves(),
          v.cvssBase(),
          v.cvssTemporal(),
          v.cvss3Base(),
          v.cvss3Temporal(),
          v.authTypes(),
          v.diagnosis(),
          v.consequence(),
          v.solution());
    }
  }

  /**
   * The CVE ids of an existing QID. Ids are unique per (QID, position) except that about one QID
   * in ten shares its first CVE with the previous QID of the pool, as related QIDs do.
   */
  public List<String> cves(int qid) {
    VulnCore core = core(qid);
    var cves = new ArrayList<String>(core.cveCount());
    int global = globalIndex(qid);
    for (int c = 0; c < core.cveCount(); c++) {
      cves.add(c == 0 ? firstCve(qid, global) : cve(global, c));
    }
    return cves;
  }

  /** The QIDs within {@code [min, max]}, ascending. */
  public PrimitiveIterator.OfInt qidsBetween(long min, long max) {
    return new RangeWalk(min, max);
  }

  private String firstCve(int qid, int global) {
    int k = hostQidIndex(qid);
    if (k > 0 && Rng.of(seed, Kind.VULN, qid, 7).chance(0.1)) {
      int previous = hostQid(k - 1);
      if (core(previous).cveCount() > 0) {
        return firstCve(previous, k - 1);
      }
    }
    return cve(global, 0);
  }

  private String cve(int global, int position) {
    int serial = global * 4 + position;
    int year = 2008 + (int) Math.floorMod(Rng.hash(seed, Kind.VULN, global, position), 18L);
    // An odd multiplier keeps distinct serials distinct (below 2^20) while hiding the sequence.
    int number = 10_000 + ((serial * 0x9E37 + 0x3C1) & 0xFFFFF);
    return "CVE-" + year + "-" + number;
  }

  private int globalIndex(int qid) {
    int k = hostQidIndex(qid);
    return k >= 0 ? k : hostQids + wasQidIndex(qid);
  }

  private int offset(long kind, int index, int stride) {
    return (int) Math.floorMod(Rng.hash(seed, kind, index), (long) stride);
  }

  private static int severity(Rng rng, VulnType type) {
    double roll = rng.nextDouble();
    if (type == VulnType.INFORMATION) {
      return roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3;
    }
    return roll < 0.1 ? 1 : roll < 0.3 ? 2 : roll < 0.65 ? 3 : roll < 0.9 ? 4 : 5;
  }

  /** Walks host and web-application QIDs of a range in ascending order, merging the two pools. */
  private final class RangeWalk implements PrimitiveIterator.OfInt {
    private final long max;
    private int k;
    private int w;

    RangeWalk(long min, long max) {
      this.max = max;
      this.k = firstHostIndexAtOrAbove(min);
      this.w = firstWasIndexAtOrAbove(min);
    }

    @Override
    public boolean hasNext() {
      return peek() >= 0;
    }

    @Override
    public int nextInt() {
      int next = peek();
      if (next < 0) {
        throw new NoSuchElementException();
      }
      if (k < hostQids && hostQid(k) == next) {
        k++;
      } else {
        w++;
      }
      return next;
    }

    private int peek() {
      long host = k < hostQids ? hostQid(k) : Long.MAX_VALUE;
      long was = w < WAS_QIDS ? wasQid(w) : Long.MAX_VALUE;
      long next = Math.min(host, was);
      return next <= max ? (int) next : -1;
    }

    private int firstHostIndexAtOrAbove(long qid) {
      long raw = qid < WAS_BASE ? qid : qid < WAS_END ? WAS_BASE : qid - (WAS_END - WAS_BASE);
      long k0 = Math.max(0, (raw - HOST_BASE) / HOST_STRIDE);
      if (k0 >= hostQids) {
        return hostQids;
      }
      return hostQid((int) k0) >= qid ? (int) k0 : (int) Math.min(k0 + 1, hostQids);
    }

    private int firstWasIndexAtOrAbove(long qid) {
      long w0 = Math.max(0, (qid - WAS_BASE) / WAS_STRIDE);
      if (w0 >= WAS_QIDS) {
        return WAS_QIDS;
      }
      return wasQid((int) w0) >= qid ? (int) w0 : (int) Math.min(w0 + 1, WAS_QIDS);
    }
  }
}
