package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Produces the detections of a host from the seed alone.
 *
 * <p>A host walks the QID pool with a step coprime to its size, so its QIDs are distinct; when it
 * has more detections than the pool has QIDs, later rounds use other ports. The finding key
 * {@code hostId|port|protocol|qid|ssl|type} is therefore unique within the account.
 */
public final class DetectionFactory {
  private static final int[] PORTS = {
    443, 80, 22, 3389, 445, 8080, 8443, 25, 53, 1433, 3306, 5432, 135, 161
  };
  private static final String[] PROTOCOLS = {
    "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "udp", "tcp", "tcp", "tcp", "tcp",
    "udp",
  };
  private static final boolean[] SSL_CAPABLE = {
    true, false, false, true, false, false, true, true, false, false, false, false, false, false,
  };

  /** Of the open detections of a rescanned host: how many are fixed, how many found again. */
  private static final double FIXED_ON_RESCAN = 0.3;

  private static final double FOUND_AGAIN_ON_RESCAN = 0.4;
  /** Of the fixed detections of a rescanned host: how many come back. */
  private static final double REOPENED_ON_RESCAN = 0.3;
  /** New detections a rescan adds to a host: 1 to this many. */
  private static final int MAX_NEW_ON_RESCAN = 3;

  private final DataSpec spec;
  private final KnowledgeBase kb;
  private final Churns churns;
  private final HostFactory hosts;

  DetectionFactory(DataSpec spec, KnowledgeBase kb, Churns churns, HostFactory hosts) {
    this.spec = spec;
    this.kb = kb;
    this.churns = churns;
    this.hosts = hosts;
  }

  /**
   * How many detections host {@code hostIndex} had when the account was generated: 0.5x to 1.5x
   * the configured mean (a churn adds some, see {@link #detections}).
   */
  public int count(int hostIndex) {
    double factor = 0.5 + Rng.of(spec.seed(), Kind.DETECTION_COUNT, hostIndex).nextDouble();
    return (int) Math.round(spec.detectionsPerHost() * factor);
  }

  /**
   * All detections of the host, in a stable order: as generated, then changed by each churn that
   * rescanned the host (new ones at the end).
   */
  public List<DetectionRecord> detections(HostRecord host) {
    int count = count(host.index());
    var result = new ArrayList<DetectionRecord>(count);
    int pool = kb.hostQidCount();
    if (pool == 0) {
      return result;
    }
    var walk = Rng.of(spec.seed(), Kind.DETECTION_QIDS, host.index());
    int start = walk.nextInt(pool);
    int step = coprimeStep(walk, pool);
    for (int j = 0; j < count; j++) {
      result.add(planned(host, j, start, step, pool));
    }
    for (var churn : churns.applied()) {
      if (churns.rescans(churn, host.index())) {
        rescan(host, churn, result, start, step, pool);
      }
    }
    return result;
  }

  /** Detection {@code j} of the host's walk over the QID pool. */
  private DetectionRecord planned(HostRecord host, int j, int start, int step, int pool) {
    int k = (int) ((start + (long) j * step) % pool);
    return detection(host, j, k, j / pool);
  }

  /**
   * What a rescan does to a host's detections: open ones are fixed or found again, fixed ones
   * reopen, a few are new; the rest are left as they were (not updated, so an incremental client
   * does not see them again).
   */
  private void rescan(
      HostRecord host,
      Churns.Churn churn,
      List<DetectionRecord> detections,
      int start,
      int step,
      int pool) {
    long scan = churn.scanTime();
    long processed = churn.processedTime();
    for (int i = 0; i < detections.size(); i++) {
      var d = detections.get(i);
      var rng = churns.detectionRng(churn, host.index(), d.ordinal());
      double roll = rng.nextDouble();
      DetectionRecord changed = null;
      if (d.status() == DetectionStatus.FIXED) {
        if (roll < REOPENED_ON_RESCAN) {
          changed = found(d, DetectionStatus.REOPENED, scan, processed);
        }
      } else if (d.status() != null && roll < FIXED_ON_RESCAN) {
        changed = new DetectionRecord(
            d.hostIndex(),
            d.ordinal(),
            d.qid(),
            d.type(),
            d.severity(),
            d.port(),
            d.protocol(),
            d.ssl(),
            DetectionStatus.FIXED,
            d.firstFound(),
            d.lastFound(),
            scan,
            processed,
            processed,
            scan,
            d.timesFound(),
            d.ignored(),
            d.disabled(),
            d.timesReopened(),
            d.firstReopened(),
            d.lastReopened());
      } else if (roll < FIXED_ON_RESCAN + FOUND_AGAIN_ON_RESCAN) {
        var status = d.status() == null
            ? null
            : d.status() == DetectionStatus.NEW ? DetectionStatus.ACTIVE : d.status();
        changed = found(d, status, scan, processed);
      }
      if (changed != null) {
        detections.set(i, changed);
      }
    }
    int added = 1 + churns.detectionRng(churn, host.index(), -1).nextInt(MAX_NEW_ON_RESCAN);
    for (int n = 0; n < added; n++) {
      var d = planned(host, detections.size(), start, step, pool);
      detections.add(new DetectionRecord(
          d.hostIndex(),
          d.ordinal(),
          d.qid(),
          d.type(),
          d.severity(),
          d.port(),
          d.protocol(),
          d.ssl(),
          d.status() == null ? null : DetectionStatus.NEW,
          scan,
          scan,
          scan,
          processed,
          processed,
          0,
          1,
          d.ignored(),
          d.disabled(),
          0,
          0,
          0));
    }
  }

  /** The detection found again by a rescan, with this status (a reopening when it was fixed). */
  private static DetectionRecord found(
      DetectionRecord d, DetectionStatus status, long scan, long processed) {
    boolean reopens = d.status() == DetectionStatus.FIXED;
    return new DetectionRecord(
        d.hostIndex(),
        d.ordinal(),
        d.qid(),
        d.type(),
        d.severity(),
        d.port(),
        d.protocol(),
        d.ssl(),
        status,
        d.firstFound(),
        scan,
        scan,
        processed,
        processed,
        d.lastFixed(),
        d.timesFound() + 1,
        d.ignored(),
        d.disabled(),
        d.timesReopened() + (reopens ? 1 : 0),
        reopens && d.firstReopened() == 0 ? scan : d.firstReopened(),
        reopens ? scan : d.lastReopened());
  }

  private DetectionRecord detection(HostRecord host, int ordinal, int k, int round) {
    var rng = Rng.of(spec.seed(), Kind.DETECTION, host.index(), ordinal);
    int qid = kb.hostQid(k);
    VulnCore core = kb.core(qid);
    DetectionType type = switch (core.vulnType()) {
      case INFORMATION -> DetectionType.INFO;
      case POTENTIAL -> DetectionType.POTENTIAL;
      case CONFIRMED -> DetectionType.CONFIRMED;
      case EITHER -> rng.chance(0.5) ? DetectionType.CONFIRMED : DetectionType.POTENTIAL;
    };
    // The port plan belongs to (host, QID), so later rounds over the same QID use other ports.
    var portPlan = Rng.of(spec.seed(), Kind.DETECTION_PORT, host.index(), k);
    int portIndex = portPlan.nextInt(PORTS.length);
    boolean hasPort = round > 0 || portPlan.chance(0.8);
    int port = -1;
    String protocol = null;
    boolean ssl = false;
    if (hasPort && round < PORTS.length) {
      int p = (portIndex + round) % PORTS.length;
      port = PORTS[p];
      protocol = PROTOCOLS[p];
      ssl = SSL_CAPABLE[p] && rng.chance(0.7);
    } else if (hasPort) {
      port = 20_000 + round;
      protocol = "tcp";
    }
    return timeline(host, ordinal, qid, type, core.severity(), port, protocol, ssl, rng);
  }

  private DetectionRecord timeline(
      HostRecord host,
      int ordinal,
      int qid,
      DetectionType type,
      int severity,
      int port,
      String protocol,
      boolean ssl,
      Rng rng) {
    // Generated detections follow the generated scan; a churn's rescan changes them afterwards.
    long scan = hosts.generatedLastVmScan(host.index());
    long processed = scan + rng.between(10, 300);
    DetectionStatus status = type == DetectionType.INFO ? null : status(rng);
    long firstFound = scan - rng.between(1, 400) * Days.DAY - rng.nextInt((int) Days.DAY);
    long lastFound = scan;
    long lastFixed = 0;
    int timesFound = rng.between(2, 500);
    long lastUpdate;
    if (status == DetectionStatus.NEW) {
      firstFound = scan;
      timesFound = 1;
      lastUpdate = processed;
    } else if (status == DetectionStatus.FIXED) {
      lastFixed = scan - rng.nextInt((int) (20 * Days.DAY));
      firstFound = Math.min(firstFound, lastFixed - 2 * Days.DAY);
      lastFound = Math.max(firstFound, lastFixed - rng.between(1, 30) * Days.DAY);
      lastUpdate = Math.min(lastFixed + rng.between(10, 300), processed);
    } else {
      // Half were touched by the latest processing, the rest changed at some earlier point.
      lastUpdate = rng.chance(0.5)
          ? processed
          : firstFound + (long) (rng.nextDouble() * (scan - firstFound));
    }
    boolean ignored = rng.chance(0.02);
    boolean disabled = rng.chance(0.01);
    // Drawn last, so that every earlier value stays as it was before reopenings were simulated.
    int timesReopened = 0;
    long firstReopened = 0;
    long lastReopened = 0;
    if (status == DetectionStatus.REOPENED) {
      timesReopened = rng.between(1, 3);
      lastReopened = firstFound + (long) (rng.nextDouble() * (scan - firstFound));
      firstReopened = timesReopened == 1
          ? lastReopened
          : firstFound + (long) (rng.nextDouble() * (lastReopened - firstFound));
    }
    return new DetectionRecord(
        host.index(),
        ordinal,
        qid,
        type,
        severity,
        port,
        protocol,
        ssl,
        status,
        firstFound,
        lastFound,
        scan,
        lastUpdate,
        processed,
        lastFixed,
        timesFound,
        ignored,
        disabled,
        timesReopened,
        firstReopened,
        lastReopened);
  }

  private DetectionStatus status(Rng rng) {
    if (rng.chance(spec.shares().fixed())) {
      return DetectionStatus.FIXED;
    }
    double roll = rng.nextDouble();
    return roll < 0.15
        ? DetectionStatus.NEW
        : roll < 0.2 ? DetectionStatus.REOPENED : DetectionStatus.ACTIVE;
  }

  private static int coprimeStep(Rng rng, int pool) {
    if (pool <= 2) {
      return 1;
    }
    int step = 1 + rng.nextInt(pool - 1);
    while (gcd(step, pool) != 1) {
      step = step % (pool - 1) + 1;
    }
    return step;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
