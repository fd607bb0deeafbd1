package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.host.reliability.hostile.HostileStrings;
import dev.graphwright.neo4j.testing.TestGraph;
import dev.graphwright.qualys.sim.QualysSimulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Qualys answers carrying hostile strings — web-app names and URLs (which the mapper matches on),
 * finding names and uniqueIds (their {@code _key}s), knowledge-base titles, one of them 1 MB — go
 * through the real client, converters, writer and mapper and come out as data, exactly.
 */
class HostileQualysDataTest {

  /** Appended to every text Qualys sends in CDATA (XML turns CR LF into LF, so no CR here). */
  static final String PAYLOAD =
      HostileStrings.DETACH_DELETE + " \"}) MATCH (m) DETACH DELETE m // {b} ${x} $p `t`:L"
          + " quote's \\ Ünïcødé 漢字 🚀 \u202Eevil\u202C <tag a=\"1\"> & ]]>";

  @TempDir
  static Path dir;

  private static QualysSimulator sim;
  private static QualysGateway gateway;
  private static HostApp.Outcome run;
  private static String instance;
  private static String canary;
  private static final AtomicReference<String> bigQid = new AtomicReference<>();

  @BeforeAll
  static void runWithHostileAnswers() {
    sim = Sims.start(Sims.small(31));
    gateway = QualysGateway.inFrontOf(sim.baseUrl());
    gateway.rewrite(
        "/qps/rest/3.0/search/was/(webapp|finding)/?", HostileQualysDataTest::hostileWas);
    gateway.rewrite("/api/2.0/fo/knowledge_base/vuln/?", HostileQualysDataTest::hostileKb);
    canary = TestGraph.newInstance("canary");
    TestGraph.graph()
        .write(
            "CREATE (:Entity:Host:canary_host {_instanceId: $c, _key: 'canary', _type: 'canary_host'})",
            Map.of("c", canary));
    instance = TestGraph.newInstance("hostile-qualys");
    run = HostApp.qualys(dir)
        .run(
            "qualys",
            instance,
            HostApp.qualysEnv(
                gateway.baseUrl(), sim.options().username(), sim.options().password()));
  }

  @AfterAll
  static void stop() {
    gateway.close();
    sim.stop();
  }

  @Test
  void theRunSucceedsWithEveryRecordAndTouchesNothingElse() {
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("SUCCESS"), run.out());
    GroundTruth.assertComplete(GroundTruth.ofFirstRun(sim, run.record()), run.record());
    assertEquals(
        Map.of(),
        GraphSnapshot.orphans(TestGraph.graph(), instance),
        "every finding is linked, web-app findings by their hostile URL");
    assertEquals(
        1,
        TestGraph.count(
            "MATCH (n:canary_host {_instanceId: $c}) RETURN count(n)", Map.of("c", canary)));
  }

  @Test
  void hostileWebAppNamesUrlsAndKeysRoundTrip() {
    var params = Map.<String, Object>of(
        "i", instance, "p", " " + PAYLOAD, "k", HostileStrings.DETACH_DELETE);
    long findings = TestGraph.count(
        "MATCH (f:qualys_web_app_finding {_instanceId: $i}) RETURN count(f)", params);
    assertTrue(findings > 0, "web-app findings were written");
    assertEquals(
        findings,
        TestGraph.count(
            "MATCH (f:qualys_web_app_finding {_instanceId: $i}) WHERE f._key ENDS WITH $k AND f.name ENDS WITH $p"
                + " AND f.webAppUrl ENDS WITH $p AND f.webAppName ENDS WITH $p RETURN count(f)",
            params));
    long apps = TestGraph.count("MATCH (a:web_app {_instanceId: $i}) RETURN count(a)", params);
    assertTrue(apps > 0, "web apps were mapped");
    assertEquals(
        apps,
        TestGraph.count(
            "MATCH (a:web_app {_instanceId: $i}) WHERE a.name ENDS WITH $p AND a.url ENDS WITH $p RETURN count(a)",
            params));
  }

  @Test
  void hostileKnowledgeBaseTitlesRoundTripIntoFindingsAndVulnerabilities() {
    assertEquals(0, run.exitCode(), run.toString());
    var params = Map.<String, Object>of(
        "i", instance, "p", " " + PAYLOAD, "big", Long.parseLong(bigQid.get()));
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (f:qualys_host_finding {_instanceId: $i}) WHERE f.qid <> $big AND NOT f.name ENDS WITH $p"
                + " RETURN count(f)",
            params),
        "every other finding carries its hostile title");
    assertEquals(
        0,
        TestGraph.count(
            "MATCH (v:qualys_vuln {_instanceId: $i}) WHERE v.qid <> $big AND NOT v.name ENDS WITH $p RETURN count(v)",
            params));
  }

  @Test
  void aOneMegabyteTitleRoundTrips() {
    var params = Map.<String, Object>of("i", instance, "big", Long.parseLong(bigQid.get()));
    var names = TestGraph.graph()
        .read(
            "MATCH (f:Finding {_instanceId: $i, qid: $big}) RETURN f.name AS name",
            params,
            r -> r.list(row -> row.get("name").asString()));
    assertTrue(!names.isEmpty(), "findings carry QID " + bigQid.get());
    names.forEach(name -> assertEquals(HostileStrings.oneMegabyte(), name));
  }

  /** Every CDATA text gets the payload; every uniqueId (the finding's key) a Cypher comment. */
  private static String hostileWas(String body) {
    body = replace(body, "<!\\[CDATA\\[(.*?)]]>", m -> escape(m.group(1) + " " + PAYLOAD));
    return replace(
        body,
        "<uniqueId>([^<]*)</uniqueId>",
        m -> "<uniqueId>" + escape(m.group(1) + HostileStrings.DETACH_DELETE) + "</uniqueId>");
  }

  /** Every title gets the payload, but the first QID seen gets the 1 MB title. */
  private static String hostileKb(String body) {
    return replace(body, "(?s)(<QID>(\\d+)</QID>.*?<TITLE>)<!\\[CDATA\\[(.*?)]]>(</TITLE>)", m -> {
      bigQid.compareAndSet(null, m.group(2));
      var title = m.group(2).equals(bigQid.get())
          ? HostileStrings.oneMegabyte()
          : m.group(3) + " " + PAYLOAD;
      return m.group(1) + escape(title) + m.group(4);
    });
  }

  private static String replace(String text, String regex, Function<MatchResult, String> with) {
    return Pattern.compile(regex)
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
