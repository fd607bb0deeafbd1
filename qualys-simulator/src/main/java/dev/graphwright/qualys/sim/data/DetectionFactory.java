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
  private static final int[] PORTS = {443, 80, 22, 3389, 445, 8080, 8443, 25, 53, 1433, 3306, 5432, 135, 161};
  private static final String[] PROTOCOLS = {
    "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "tcp", "udp", "tcp", "tcp", "tcp", "tcp", "udp",
  };
  private static final boolean[] SSL_CAPABLE = {
    true, false, false, true, false, false, true, true, false, false, false, false, false, false,
  };

  private final DataSpec spec;
  private final KnowledgeBase kb;

  DetectionFactory(DataSpec spec, KnowledgeBase kb) {
    this.spec = spec;
    this.kb = kb;
  }

  /** How many detections host {@code hostIndex} has: 0.5x to 1.5x the configured mean. */
  public int count(int hostIndex) {
    double factor = 0.5 + Rng.of(spec.seed(), Kind.DETECTION_COUNT, hostIndex).nextDouble();
    return (int) Math.round(spec.detectionsPerHost() * factor);
  }

  /** All detections of the host, in a stable order. */
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
      int k = (int) ((start + (long) j * step) % pool);
      result.add(detection(host, j, k, j / pool));
    }
    return result;
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
      HostRecord host, int ordinal, int qid, DetectionType type, int severity, int port, String protocol,
      boolean ssl, Rng rng) {
    long scan = host.lastVmScan();
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
      lastUpdate = rng.chance(0.5) ? processed : firstFound + (long) (rng.nextDouble() * (scan - firstFound));
    }
    return new DetectionRecord(
        host.index(), ordinal, qid, type, severity, port, protocol, ssl, status,
        firstFound, lastFound, scan, lastUpdate, processed, lastFixed, timesFound,
        rng.chance(0.02), rng.chance(0.01));
  }

  private DetectionStatus status(Rng rng) {
    if (rng.chance(spec.shares().fixed())) {
      return DetectionStatus.FIXED;
    }
    double roll = rng.nextDouble();
    return roll < 0.15 ? DetectionStatus.NEW : roll < 0.2 ? DetectionStatus.REOPENED : DetectionStatus.ACTIVE;
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
