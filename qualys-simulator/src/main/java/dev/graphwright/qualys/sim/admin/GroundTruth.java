package dev.graphwright.qualys.sim.admin;

import dev.graphwright.qualys.sim.data.Account;
import dev.graphwright.qualys.sim.data.DetectionRecord;
import dev.graphwright.qualys.sim.data.FindingRecord;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.KnowledgeBase;
import dev.graphwright.qualys.sim.data.WebAppRecord;
import dev.graphwright.qualys.sim.query.HostSelection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    var query = ExpectedQuery.parse(params, account.assetGroups());
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    return cache.computeIfAbsent(query, this::compute);
  }

  /** Forgets the cached counts: the account changed (a churn). */
  public void forget() {
    cache.clear();
  }

  /**
   * The detections that these query parameters select, of a sample of hosts: {@code hosts}
   * evenly spaced over the account, then up to {@code hosts} of those the latest churn rescanned.
   * Each host is {@code {id, detections: [{qid, type, port, protocol, ssl, status, severity,
   * timesFound, firstFound, lastFound, lastFixed}]}} (dates ISO-8601, absent values null), for a
   * client to compare with what it stored.
   */
  public List<Map<String, Object>> sample(Map<String, String> params, int hosts) {
    if (hosts < 1 || hosts > 1_000) {
      throw new IllegalArgumentException("hosts must be 1 to 1000: " + hosts);
    }
    var q = ExpectedQuery.parse(params, account.assetGroups());
    var all = account.hosts();
    var indices = new LinkedHashSet<Integer>();
    for (int k = 0; k < hosts && k < all.count(); k++) {
      indices.add((int) ((long) k * all.count() / Math.min(hosts, all.count())));
    }
    var churns = account.churns();
    if (!churns.applied().isEmpty()) {
      var latest = churns.applied().getLast();
      int rescanned = 0;
      for (int i = 0; i < all.count() && rescanned < hosts; i++) {
        if (churns.rescans(latest, i)) {
          indices.add(i);
          rescanned++;
        }
      }
    }
    var selection = HostSelection.scannedBetween(q.scannedAfter(), q.scannedBefore());
    var result = new ArrayList<Map<String, Object>>();
    for (int i : indices) {
      if (!selection.matchesScan(all.lastVmScan(i))) {
        continue;
      }
      HostRecord host = all.host(i);
      if (!q.hostScope().matches(host, account.assetGroups())) {
        continue;
      }
      var detections = new ArrayList<Map<String, Object>>();
      for (DetectionRecord d : account.detections().detections(host)) {
        if (q.detections().matches(d)) {
          detections.add(describe(d));
        }
      }
      var entry = new LinkedHashMap<String, Object>();
      entry.put("id", Long.toString(host.id()));
      entry.put("detections", detections);
      result.add(entry);
    }
    return result;
  }

  private static Map<String, Object> describe(DetectionRecord d) {
    var m = new LinkedHashMap<String, Object>();
    m.put("qid", d.qid());
    m.put("type", d.type().label());
    m.put("port", d.port() < 0 ? null : d.port());
    m.put("protocol", d.protocol());
    m.put("ssl", d.ssl());
    m.put("status", d.status() == null ? null : d.status().label());
    m.put("severity", d.severity());
    m.put("timesFound", d.timesFound());
    m.put("firstFound", iso(d.firstFound()));
    m.put("lastFound", iso(d.lastFound()));
    m.put("lastFixed", d.lastFixed() == 0 ? null : iso(d.lastFixed()));
    return m;
  }

  private static String iso(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).toString();
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
      if (!q.hostScope().matches(host, account.assetGroups())) {
        continue;
      }
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
      return new ExpectedCounts(
          hosts,
          hosts,
          ec2Hosts,
          publicIpHosts,
          hostsWithFindings,
          hostFindings,
          fixedHostFindings,
          hostQidCount + wasQidCount,
          cves.size(),
          withoutCve,
          links,
          webApps,
          webAppFindings,
          bySeverity,
          byType,
          byStatus,
          hostQidCount,
          wasQidCount,
          webByType,
          webBySeverity);
    }
  }
}
