package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A churn rescans a share of the hosts after a first crawl: an incremental crawl from the first
 * crawl's time sees exactly the rescanned hosts' changed and new detections, and the first crawl
 * with the changes applied is what the ground truth and the sample report afterwards.
 */
class ChurnTest {
  private static final Instant CHURN_AT = Sims.NOW.plusSeconds(3_600);
  private static final Map<String, String> EVERYTHING = Map.of(
      "statuses",
      "New,Active,Re-Opened,Fixed",
      "types",
      "Confirmed,Potential,Info",
      "include_ignored",
      "1",
      "include_disabled",
      "1");
  private static final Map<String, String> EVERY_DETECTION = Map.of(
      "status",
      "New,Active,Re-Opened,Fixed",
      "show_igs",
      "1",
      "include_ignored",
      "1",
      "include_disabled",
      "1");

  private QualysSimulator sim;
  private SimClient client;

  @BeforeEach
  void start() {
    sim = QualysSimulator.start(Sims.options()
        .hosts(200)
        .detectionsPerHost(10)
        .qids(120)
        .webApps(0)
        .staleHostShare(0)
        .fixedShare(0.2)
        .rateLimit(0)
        .build());
    client = new SimClient(sim);
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  @Test
  void anIncrementalCrawlAfterAChurnSeesOnlyWhatChangedAndEndsAtTheGroundTruth() {
    var before = crawl(Map.of(), Map.of());
    assertEquals(sim.expected(EVERYTHING).hostFindings(), before.size());

    var churn = sim.churn(0.1, CHURN_AT);
    int rescanned = (int) churn.get("hostsRescanned");
    assertTrue(rescanned > 5 && rescanned < 40, "about a tenth of 200 hosts: " + rescanned);

    var since = Sims.NOW.toString();
    var changed =
        crawl(Map.of("vm_scan_date_after", since), Map.of("detection_updated_since", since));
    var changedHosts = new HashSet<String>();
    changed.keySet().forEach(key -> changedHosts.add(key.substring(0, key.indexOf('|'))));
    assertEquals(rescanned, changedHosts.size(), "every rescanned host, and only those");
    assertTrue(changed.values().stream().anyMatch(s -> s.startsWith("Fixed|")), "some fixed");
    assertTrue(
        changed.values().stream().anyMatch(s -> s.startsWith("Re-Opened|")), "some reopened");
    assertTrue(changed.keySet().stream().anyMatch(k -> !before.containsKey(k)), "some new");
    assertTrue(changed.size() < before.size() / 5, "only what changed: " + changed.size());

    var merged = new HashMap<>(before);
    merged.putAll(changed);
    var after = sim.expected(EVERYTHING);
    assertEquals(after.hostFindings(), merged.size());
    assertEquals(
        after.fixedHostFindings(),
        merged.values().stream().filter(s -> s.startsWith("Fixed|")).count());
    assertEquals(
        merged, crawl(Map.of(), Map.of()), "a full crawl equals the first with the changes");
  }

  @Test
  void theSampleShowsRescannedHostsAsTheApiServesThem() {
    sim.churn(0.1, CHURN_AT);
    var full = crawl(Map.of(), Map.of());
    var sample = sim.sample(EVERYTHING, 10);
    assertTrue(sample.size() > 10, "evenly spaced hosts plus rescanned ones: " + sample.size());
    int compared = 0;
    for (var host : sample) {
      @SuppressWarnings("unchecked")
      var detections = (List<Map<String, Object>>) host.get("detections");
      for (var d : detections) {
        String key = host.get("id") + "|" + (d.get("port") == null ? "" : d.get("port")) + "|"
            + (d.get("protocol") == null ? "" : d.get("protocol")) + "|" + d.get("qid") + "|"
            + ((boolean) d.get("ssl") ? 1 : 0) + "|" + d.get("type");
        assertTrue(full.containsKey(key), "sampled detection served by the API: " + key);
        assertEquals(
            (d.get("status") == null ? "" : d.get("status")) + "|" + d.get("firstFound") + "|"
                + d.get("lastFound") + "|" + d.get("timesFound"),
            full.get(key),
            key);
        compared++;
      }
    }
    assertTrue(compared > 100, "compared " + compared);
  }

  @Test
  void churnsAreDeterministicAndOrdered() {
    sim.churn(0.2, CHURN_AT);
    var first = crawl(Map.of(), Map.of());
    try (var twin = QualysSimulator.start(Sims.options()
        .hosts(200)
        .detectionsPerHost(10)
        .qids(120)
        .webApps(0)
        .staleHostShare(0)
        .fixedShare(0.2)
        .rateLimit(0)
        .build())) {
      twin.churn(0.2, CHURN_AT);
      assertEquals(sim.expected(EVERYTHING), twin.expected(EVERYTHING), "same seed, same churn");
    }
    assertThrows(
        IllegalArgumentException.class, () -> sim.churn(0.1, CHURN_AT), "not after the last");
    assertThrows(IllegalArgumentException.class, () -> sim.churn(0, CHURN_AT.plusSeconds(60)));
    sim.churn(0.2, CHURN_AT.plusSeconds(60));
    assertNotEquals(first, crawl(Map.of(), Map.of()), "a second churn changes more");
    var response = client.postForm("/__sim/churn", SimClient.form("share", "abc"));
    assertEquals(400, response.statusCode());
  }

  /**
   * Every detection the API serves for these filters: finding key to status ("" for none), first
   * found, last found and times found, separated by '|'.
   */
  private Map<String, String> crawl(
      Map<String, String> hostFilter, Map<String, String> detectionFilter) {
    var form = SimClient.form("action", "list", "truncation_limit", "25", "show_results", "0");
    form.putAll(EVERY_DETECTION);
    form.putAll(hostFilter);
    form.putAll(detectionFilter);
    var found = new HashMap<String, String>();
    Set<String> pages = new HashSet<>();
    while (true) {
      var page = Pages.detections(
          client.postForm("/api/2.0/fo/asset/host/vm/detection/", form).body());
      for (Element host : Xml.all(page.doc(), "HOST")) {
        String id = Xml.text(host, "ID");
        for (Element d : Xml.all(host, "DETECTION")) {
          String key = id + "|" + text(d, "PORT") + "|" + text(d, "PROTOCOL") + "|"
              + Xml.text(d, "QID") + "|" + Xml.text(d, "SSL") + "|" + Xml.text(d, "TYPE");
          found.put(
              key,
              text(d, "STATUS") + "|" + text(d, "FIRST_FOUND_DATETIME") + "|"
                  + text(d, "LAST_FOUND_DATETIME") + "|" + text(d, "TIMES_FOUND"));
        }
      }
      if (page.nextUrl() == null || !pages.add(page.nextUrl())) {
        return found;
      }
      form.put("id_min", Pages.idMin(page.nextUrl()));
    }
  }

  private static String text(Element parent, String name) {
    var value = Xml.text(parent, name);
    return value == null ? "" : value;
  }
}
