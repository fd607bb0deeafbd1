package dev.graphwright.qualys.step;

import static dev.graphwright.qualys.step.SmallAccount.NOW;
import static dev.graphwright.qualys.step.SmallAccount.RUN_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.test.IntegrationTester;
import dev.graphwright.test.TestRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base is fetched once per instance: a first run keeps every entry it fetched as a
 * {@code qualys_kb_entry}; after a churn and a KB revision, the second run requests only the QIDs
 * it has not seen and the ones Qualys changed, and still enriches every new finding.
 */
class KnowledgeBaseCacheTest {

  private static final String KB = "/api/2.0/fo/knowledge_base/vuln/";
  private static final Instant CHANGES_AT = NOW.plus(Duration.ofHours(1));
  private static final Instant SECOND_RUN = NOW.plus(Duration.ofHours(2));

  private static QualysSimulator simulator;
  private static IntegrationTester tester;
  private static TestRun first;
  private static TestRun second;
  private static Set<String> firstRunQids;
  private static List<String> revised;

  @BeforeAll
  static void runChurnReviseAndRunAgain() {
    simulator = SmallAccount.start(b -> b.detectionsPerHost(8));
    tester = QualysTester.of(simulator, RUN_START).config("qualysQidsPerKbRequest", "5");
    first = tester.run().assertSucceeded();
    firstRunQids = new HashSet<>(first
        .graph()
        .strings("MATCH (e:qualys_kb_entry {_instanceId: $instance}) RETURN toString(e.qid)"));

    simulator.churn(0.5, CHANGES_AT);
    // Two cached entries change in Qualys after the first run started.
    revised = firstRunQids.stream().sorted().limit(2).toList();
    simulator.reviseKnowledgeBase(revised.stream().map(Integer::parseInt).toList(), CHANGES_AT);

    second = tester.clock(Clock.fixed(SECOND_RUN, ZoneOffset.UTC)).run().assertSucceeded();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  private static Set<String> requestedIds(TestRun run) {
    return run.requestsTo(KB).stream()
        .filter(r -> r.parameters().containsKey("ids"))
        .flatMap(r -> Arrays.stream(r.parameters().get("ids").split(",")))
        .collect(Collectors.toSet());
  }

  private static Set<String> findingQids(TestRun run) {
    return new HashSet<>(run.graph()
        .strings(
            "MATCH (f:Finding {_instanceId: $instance, _runId: $run}) RETURN DISTINCT toString(f.qid)",
            Map.of("run", run.record().runId())));
  }

  @Test
  void theFirstRunKeepsOneEntryPerQidItFetched() {
    assertEquals(requestedIds(first), firstRunQids);
    assertEquals(findingQids(first), firstRunQids);
    assertEquals(firstRunQids.size(), first.metric("kbFetched"));
    assertEquals(0, first.metric("kbCacheHits"));
    assertEquals(
        0,
        first.count(
            "MATCH (e:qualys_kb_entry {_instanceId: $instance}) WHERE e._rawRef IS NULL OR e.fetchedOn IS NULL"
                + " OR e.lastModifiedOn IS NULL RETURN count(e)"),
        "each entry points at its raw VULN");
    assertTrue(
        first.requestsTo(KB).stream()
            .noneMatch(r -> r.parameters().containsKey("last_modified_after")),
        "a first run has nothing to check");
  }

  @Test
  void theSecondRunRequestsNoKnownQidExceptTheChangedOnes() {
    var runQids = findingQids(second);
    var known = new HashSet<>(runQids);
    known.retainAll(firstRunQids);
    assertTrue(known.size() > 5, "the churned findings reuse known QIDs: " + known);

    var requested = requestedIds(second);
    var expected = new HashSet<>(runQids);
    expected.removeAll(firstRunQids);
    expected.addAll(revised);
    assertEquals(expected, requested, "new QIDs and the revised ones, nothing else");

    var checks = second.requestsTo(KB).stream()
        .filter(r -> r.parameters().containsKey("last_modified_after"))
        .toList();
    assertEquals(1, checks.size(), "one change list");
    assertEquals("None", checks.getFirst().parameters().get("details"));
    assertEquals(
        NOW.toString(),
        checks.getFirst().parameters().get("last_modified_after"),
        "changes since the first run's start");

    var hits = new HashSet<>(known);
    hits.removeAll(revised);
    assertEquals(hits.size(), second.metric("kbCacheHits"));
    assertEquals(2, second.metric("kbRefreshed"));
    assertEquals(expected.size() - 2, second.metric("kbFetched"));
    assertEquals(second.requestsTo(KB).size(), second.metric("kbRequests"));
  }

  @Test
  void everyFindingOfTheSecondRunIsEnrichedAndLinkedAsIfItsQidWereFetched() {
    assertEquals(
        0,
        second.count("MATCH (f:qualys_host_finding {_instanceId: $instance, _runId: $run})"
            + " WHERE f.name STARTS WITH 'QID ' OR f.name IS NULL RETURN count(f)"));
    assertEquals(
        0,
        second.count(
            "MATCH (f:Finding {_instanceId: $instance, _runId: $run}) WHERE NOT (f)-[:IS]->(:Vulnerability)"
                + " RETURN count(f)"));
    assertEquals(
        0,
        second.count("MATCH (f:qualys_host_finding {_instanceId: $instance, _runId: $run}),"
            + " (e:qualys_kb_entry {_instanceId: $instance, qid: f.qid})"
            + " WHERE f.name <> e.name OR f.cvssScore <> e.cvssScore RETURN count(f)"),
        "the title and scores of the entry the graph keeps");
  }

  @Test
  void aRevisedEntryIsFetchedAgainAndItsNewTitleReachesTheFindingsOfThisRun() {
    assertEquals(
        2,
        second.count(
            "MATCH (e:qualys_kb_entry {_instanceId: $instance}) WHERE toString(e.qid) IN $qids"
                + " AND e.name ENDS WITH '(revision 1)' AND e.lastModifiedOn = $at RETURN count(e)",
            Map.of("qids", revised, "at", CHANGES_AT.toEpochMilli())));
    assertEquals(
        0,
        second.count(
            "MATCH (f:qualys_host_finding {_instanceId: $instance, _runId: $run})"
                + " WHERE toString(f.qid) IN $qids AND NOT f.name ENDS WITH '(revision 1)' RETURN count(f)",
            Map.of("qids", revised)));
  }
}
