package dev.graphwright.qualys.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final long NOW = 1_772_366_400L;

  private static DataSpec spec(int hosts, int detections, int qids) {
    return new DataSpec(
        7,
        NOW,
        hosts,
        detections,
        qids,
        20,
        6,
        new DataSpec.Shares(0.3, 0.4, 0.05, 0.05, 0.1, 0.1));
  }

  @Test
  void theFirstHostsAreTheKnownEc2InstancesScannedLately() {
    var known = List.of(
        new KnownEc2Instance("123456789012", "eu-west-1", "i-0abc", "10.1.1.5", "54.1.2.3"),
        new KnownEc2Instance("123456789012", "us-east-1", "i-0def", "10.2.2.6", null));
    var base = spec(200, 3, 20);
    var spec = new DataSpec(
        base.seed(),
        base.now(),
        base.hosts(),
        base.detectionsPerHost(),
        base.qids(),
        base.webApps(),
        base.findingsPerWebApp(),
        base.shares(),
        known);
    var hosts = new Account(spec).hosts();
    for (int i = 0; i < known.size(); i++) {
      var host = hosts.host(i);
      var ec2 = host.ec2();
      assertEquals(known.get(i).instanceId(), ec2.instanceId());
      assertEquals(known.get(i).accountId(), ec2.accountId());
      assertEquals(known.get(i).region(), ec2.region());
      assertEquals(known.get(i).privateIp(), ec2.privateIp());
      assertEquals(known.get(i).publicIp(), ec2.publicIp());
      assertTrue(host.lastVmScan() > NOW - 6 * 86_400L, "scanned in the last days, never stale");
      assertEquals(hosts.lastVmScan(i), host.lastVmScan());
    }
    assertEquals(
        "54.1.2.3", hosts.host(0).ip(), "a public instance is scanned at its public address");
    assertEquals("10.2.2.6", hosts.host(1).ip());
    assertEquals(hosts.host(5), new Account(base).hosts().host(5), "later hosts are unchanged");
  }

  @Test
  void hostIdsAscendWithGapsAndInvert() {
    var hosts = new Account(spec(1_000, 1, 10)).hosts();
    long previous = 0;
    boolean gap = false;
    for (int i = 0; i < hosts.count(); i++) {
      long id = hosts.ids().id(i);
      assertTrue(id > previous);
      gap |= previous > 0 && id > previous + 1;
      assertEquals(i, hosts.ids().indexOf(id));
      assertEquals(i, hosts.ids().firstIndexAtOrAbove(id));
      assertEquals(i, hosts.indexOfAssetId(hosts.assetId(i)));
      if (previous > 0 && id > previous + 1) {
        assertEquals(-1, hosts.ids().indexOf(id - 1));
        assertEquals(i, hosts.ids().firstIndexAtOrAbove(id - 1));
      }
      previous = id;
    }
    assertTrue(gap);
  }

  @Test
  void qidsInvertAndWebAppQidsLiveInTheirOwnRange() {
    var kb = new Account(spec(1, 1, 40_000)).knowledgeBase();
    for (int k = 0; k < kb.hostQidCount(); k += 7) {
      int qid = kb.hostQid(k);
      assertTrue(qid < 150_000 || qid >= 160_000);
      assertEquals(k, kb.hostQidIndex(qid));
    }
    for (int w = 0; w < kb.wasQidCount(); w++) {
      assertEquals(w, kb.wasQidIndex(kb.wasQid(w)));
      assertTrue(kb.wasQid(w) >= 150_000 && kb.wasQid(w) < 160_000);
    }
    var walked = kb.qidsBetween(149_000, 161_000);
    int count = 0;
    long last = 0;
    while (walked.hasNext()) {
      int qid = walked.nextInt();
      assertTrue(qid > last && kb.exists(qid));
      last = qid;
      count++;
    }
    assertTrue(count > kb.wasQidCount());
  }

  @Test
  void findingKeysAreUniqueEvenWithMoreDetectionsThanQids() {
    var account = new Account(spec(50, 30, 7));
    var keys = new HashSet<String>();
    long total = 0;
    for (int i = 0; i < 50; i++) {
      HostRecord host = account.hosts().host(i);
      List<DetectionRecord> detections = account.detections().detections(host);
      assertTrue(detections.size() >= 15 && detections.size() <= 45, "0.5x to 1.5x the mean");
      for (DetectionRecord d : detections) {
        assertTrue(keys.add(d.findingKey(host.id())), d.findingKey(host.id()));
        assertTrue(d.lastProcessed() < NOW
            && d.firstFound() <= d.lastFound()
            && d.lastFound() <= d.lastTest());
        assertEquals(d.status() == DetectionStatus.FIXED, d.lastFixed() > 0);
      }
      total += detections.size();
    }
    assertEquals(total, keys.size());
  }

  @Test
  void hostVariantsAppear() {
    var account = new Account(spec(3_000, 1, 10));
    int ec2 = 0;
    int numericOs = 0;
    int noDns = 0;
    var addresses = new HashSet<String>();
    int sharedAddresses = 0;
    for (int i = 0; i < 3_000; i++) {
      HostRecord host = account.hosts().host(i);
      ec2 += host.isEc2() ? 1 : 0;
      numericOs += host.os().matches("\\d+") ? 1 : 0;
      noDns += host.dns() == null ? 1 : 0;
      sharedAddresses += addresses.add(host.ip()) ? 0 : 1;
      assertTrue(host.lastVmScan() < NOW - 3_000);
    }
    assertTrue(ec2 > 700 && ec2 < 1_100, "about 30% EC2: " + ec2);
    assertTrue(numericOs > 0 && noDns > 0 && sharedAddresses > 0);
  }
}
