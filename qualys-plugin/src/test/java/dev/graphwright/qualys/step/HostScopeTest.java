package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.DEFAULT_STATUSES;
import static dev.graphwright.qualys.step.SmallAccount.NOW;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.admin.ExpectedCounts;
import dev.graphwright.test.TestRun;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * QUALYS_HOST_TAGS and QUALYS_ASSET_GROUPS: only the hosts in scope are listed and their
 * detections fetched, through the API's own filters; names the subscription does not have are a
 * config error that names them; a narrowed scope deletes nothing.
 */
class HostScopeTest {

  private static final String HOSTS = "/api/2.0/fo/asset/host/";
  private static final String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/";

  private static QualysSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = SmallAccount.start(b -> b.hosts(120));
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  private static ExpectedCounts expected(TestRun run, Map<String, String> scope) {
    var filters = new HashMap<>(SmallAccount.expectedFilters(
        QualysTester.windows(QualysTester.of(simulator, RUN_START), run), DEFAULT_STATUSES));
    filters.putAll(scope);
    return simulator.expected(filters);
  }

  private static void assertIngestedExactly(TestRun run, ExpectedCounts expected) {
    assertEquals(
        expected.hostFindings(),
        run.count("MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN count(f)"));
    assertEquals(
        expected.hostsWithFindings(),
        run.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN count(DISTINCT f.qualysHostId)"));
    assertEquals(expected.hosts(), run.itemsOf(StepIds.HOST_IDS), "host ids listed");
  }

  @Test
  void oneTagIngestsExactlyTheHostsAndFindingsTheGroundTruthReportsForIt() {
    var run = QualysTester.of(simulator, RUN_START)
        .config("qualysHostTags", "Production")
        .run()
        .assertSucceeded();

    var scoped = expected(run, Map.of("host_tags", "Production"));
    var all = expected(run, Map.of());
    assertTrue(
        scoped.hosts() > 3 && scoped.hosts() < all.hosts(), "a real subset: " + scoped.hosts());
    assertIngestedExactly(run, scoped);
    for (var path : new String[] {HOSTS, DETECTIONS}) {
      for (var request : run.requestsTo(path)) {
        assertEquals("1", request.parameters().get("use_tags"), path);
        assertEquals("name", request.parameters().get("tag_set_by"));
        assertEquals("any", request.parameters().get("tag_include_selector"));
        assertEquals("Production", request.parameters().get("tag_set_include"));
      }
    }
  }

  @Test
  void allOfTwoTagsAndAnAssetGroupByTitleNarrowTogether() {
    var run = QualysTester.of(simulator, RUN_START)
        .config("qualysHostTags", "Production,Internet Facing")
        .config("qualysHostTagsMatch", "all")
        .config("qualysAssetGroups", "cloud workloads")
        .run()
        .assertSucceeded();

    var any = expected(
        run, Map.of("host_tags", "Production,Internet Facing", "asset_groups", "Cloud Workloads"));
    var all = expected(
        run,
        Map.of(
            "host_tags",
            "Production,Internet Facing",
            "host_tags_match",
            "all",
            "asset_groups",
            "Cloud Workloads"));
    assertTrue(
        all.hosts() > 0 && all.hosts() < any.hosts(), "all is narrower than any: " + all.hosts());
    assertIngestedExactly(run, all);
    var agIds = run.requestsTo(DETECTIONS).stream()
        .map(r -> r.parameters().get("ag_ids"))
        .distinct()
        .toList();
    assertEquals(1, agIds.size());
    assertTrue(agIds.getFirst().matches("[0-9]+"), "the title became the group's id: " + agIds);
  }

  @Test
  void unknownTagsAndGroupsAreAConfigErrorNamingThemBeforeAnythingIsFetched() {
    var run = QualysTester.of(simulator, RUN_START)
        .config("qualysHostTags", "Production,Prodcution")
        .config("qualysAssetGroups", "Data Center North")
        .run();

    assertEquals(2, run.exitCode());
    var error = String.valueOf(run.record().error());
    assertTrue(error.contains("'Prodcution'") && !error.contains("'Production'"), error);
    assertTrue(error.contains("'Data Center North'"), error);
    assertTrue(
        run.requestsTo(HOSTS).isEmpty() && run.requestsTo(DETECTIONS).isEmpty(),
        "nothing fetched with a scope that does not exist");
  }

  @Test
  void narrowingTheScopeDeletesNothingTheWiderRunsWrote() {
    var tester = QualysTester.of(simulator, RUN_START);
    var wide = tester.run().assertSucceeded();
    long findings =
        wide.count("MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN count(f)");

    var narrow = tester
        .config("qualysHostTags", "Production")
        .clock(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC))
        .run()
        .assertSucceeded();

    assertNull(narrow.record().windowFrom(), "a changed scope starts over as a first run");
    assertEquals(
        findings,
        narrow.count("MATCH (f:qualys_host_finding {_instanceId: $instance}) RETURN count(f)"));
    assertEquals(0, narrow.deleted("qualys_host_finding"));
    assertEquals(
        0,
        narrow.count("MATCH (f:qualys_host_finding {_instanceId: $instance}) WHERE f.open = false"
            + " RETURN count(f)"),
        "hosts out of scope are not taken for fixed");

    var same = tester
        .config("qualysHostTags", " Production ")
        .clock(Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC))
        .run()
        .assertSucceeded();
    assertEquals(
        narrow.record().startedAt(),
        same.record().windowFrom(),
        "the same scope (spacing aside): incremental from the last run");
  }
}
