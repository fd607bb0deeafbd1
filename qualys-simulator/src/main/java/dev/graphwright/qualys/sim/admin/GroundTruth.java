package dev.graphwright.qualys.sim.admin;

import dev.graphwright.qualys.sim.ExpectedCounts;
import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.DetectionRecord;
import dev.graphwright.qualys.sim.data.FindingRecord;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.KnowledgeBase;
import dev.graphwright.qualys.sim.data.WebAppRecord;
import dev.graphwright.qualys.sim.query.HostSelection;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes {@link ExpectedCounts} by walking the account once with the same selection and filter
 * code the API uses. Memory stays bounded by the QID pool (bit sets, a CVE set); results are
 * cached per query.
 */
public final class GroundTruth {
  private static final int CACHE_LIMIT = 64;

  private final Account account;
  private final Map<ExpectedQuery, ExpectedCounts> cache = new ConcurrentHashMap<>();

  public GroundTruth(Account account) {
    this.account = account;
  }

  /**
   * The counts for these query parameters (see {@link ExpectedQuery} for names and semantics).
   *
   * @throws IllegalArgumentException for an unknown parameter or a bad value
   */
  public ExpectedCounts expected(Map<String, String> params) {
    var query = ExpectedQuery.parse(params);
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    return cache.computeIfAbsent(query, this::compute);
  }

  private ExpectedCounts compute(ExpectedQuery q) {
    var tally = new Tally(account.knowledgeBase());
    countHosts(q, tally);
    countWebApps(q, tally);
    return tally.result();
  }

  private void countHosts(ExpectedQuery q, Tally t) {
    var hosts = account.hosts();
    var selection = HostSelection.scannedBetween(q.scannedAfter(), q.scannedBefore());
    for (int i = 0; i < hosts.count(); i++) {
      if (!selection.matchesScan(hosts.lastVmScan(i))) {
        continue;
      }
      HostRecord host = hosts.host(i);
      t.hosts++;
      t.ec2Hosts += host.isEc2() ? 1 : 0;
      t.publicIpHosts += host.publicIp() ? 1 : 0;
      boolean any = false;
      for (DetectionRecord d : account.detections().detections(host)) {
        if (q.detections().matches(d)) {
          any = true;
          t.hostFinding(d);
        }
      }
      t.hostsWithFindings += any ? 1 : 0;
    }
  }

  private void countWebApps(ExpectedQuery q, Tally t) {
    var apps = account.webApps();
    for (int a = 0; a < apps.count(); a++) {
      WebAppRecord app = apps.webApp(a);
      Long after = q.webAppsScannedAfterMillis();
      if (after != null && !(app.scanned() && app.lastScanMillis() > after)) {
        continue;
      }
      t.webApps++;
      for (FindingRecord f : apps.findings(app)) {
        Long detectedAfter = q.findingsDetectedAfterMillis();
        if (detectedAfter == null || f.lastDetected() * 1000 > detectedAfter) {
          t.webAppFinding(f);
        }
      }
    }
  }

  /** Running totals of one computation. */
  private static final class Tally {
    private final KnowledgeBase kb;
    private final BitSet hostQids;
    private final BitSet wasQids;
    private final int[] hostCveCounts;
    private final Map<String, Long> bySeverity = new TreeMap<>();
    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> webByType = new TreeMap<>();
    private final Map<String, Long> webBySeverity = new TreeMap<>();
    long hosts;
    long ec2Hosts;
    long publicIpHosts;
    long hostsWithFindings;
    long hostFindings;
    long fixedHostFindings;
    long links;
    long webApps;
    long webAppFindings;

    Tally(KnowledgeBase kb) {
      this.kb = kb;
      this.hostQids = new BitSet(kb.hostQidCount());
      this.wasQids = new BitSet(kb.wasQidCount());
      this.hostCveCounts = new int[kb.hostQidCount()];
      java.util.Arrays.fill(hostCveCounts, -1);
    }

    void hostFinding(DetectionRecord d) {
      hostFindings++;
      if (d.status() == dev.graphwright.qualys.sim.data.DetectionStatus.FIXED) {
        fixedHostFindings++;
      }
      bySeverity.merge(Integer.toString(d.severity()), 1L, Long::sum);
      byType.merge(d.type().label(), 1L, Long::sum);
      byStatus.merge(d.status() == null ? "none" : d.status().label(), 1L, Long::sum);
      int k = kb.hostQidIndex(d.qid());
      hostQids.set(k);
      if (hostCveCounts[k] < 0) {
        hostCveCounts[k] = kb.core(d.qid()).cveCount();
      }
      links += Math.max(1, hostCveCounts[k]);
    }

    void webAppFinding(FindingRecord f) {
      webAppFindings++;
      webByType.merge(f.type().name(), 1L, Long::sum);
      webBySeverity.merge(Integer.toString(f.severity()), 1L, Long::sum);
      wasQids.set(kb.wasQidIndex(f.qid()));
      links += Math.max(1, kb.core(f.qid()).cveCount());
    }

    ExpectedCounts result() {
      var cves = new HashSet<String>();
      long withoutCve = 0;
      for (int k = hostQids.nextSetBit(0); k >= 0; k = hostQids.nextSetBit(k + 1)) {
        var list = kb.cves(kb.hostQid(k));
        cves.addAll(list);
        withoutCve += list.isEmpty() ? 1 : 0;
      }
      for (int w = wasQids.nextSetBit(0); w >= 0; w = wasQids.nextSetBit(w + 1)) {
        var list = kb.cves(kb.wasQid(w));
        cves.addAll(list);
        withoutCve += list.isEmpty() ? 1 : 0;
      }
      long hostQidCount = hostQids.cardinality();
      long wasQidCount = wasQids.cardinality();
      return new ExpectedCounts(hosts, hosts, ec2Hosts, publicIpHosts, hostsWithFindings, hostFindings,
          fixedHostFindings, hostQidCount + wasQidCount, cves.size(), withoutCve, links, webApps, webAppFindings,
          bySeverity, byType, byStatus, hostQidCount, wasQidCount, webByType, webBySeverity);
    }
  }
}
