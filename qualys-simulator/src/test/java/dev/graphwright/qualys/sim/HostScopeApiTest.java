package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The v2 host filters by tag and asset group, the asset group list and the Asset Management tag
 * search, and the ground truth's {@code host_tags} and {@code asset_groups}.
 */
class HostScopeApiTest {
  private static final String HOSTS = "/api/2.0/fo/asset/host/";
  private static final String GROUPS = "/api/2.0/fo/asset/group/";
  private static final String TAGS = "/qps/rest/2.0/search/am/tag";

  private static QualysSimulator sim;
  private static SimClient client;

  @BeforeAll
  static void start() {
    sim = QualysSimulator.start(
        Sims.options().hosts(300).staleHostShare(0).rateLimit(0).build());
    client = new SimClient(sim);
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  private static List<Element> hosts(String... params) {
    var form = new java.util.HashMap<>(
        SimClient.form("action", "list", "show_tags", "1", "truncation_limit", "0"));
    form.putAll(SimClient.form(params));
    var response = client.postForm(HOSTS, form);
    assertEquals(200, response.statusCode(), response.body());
    return Xml.all(Xml.parse(response.body()), "HOST");
  }

  private static List<String> tagsOf(Element host) {
    return Xml.all(host, "TAG").stream().map(t -> Xml.text(t, "NAME")).toList();
  }

  @Test
  void tagsByNameSelectAnyOrAllAndMatchTheGroundTruth() {
    var any = hosts(
        "use_tags", "1", "tag_set_by", "name", "tag_set_include", "Production,Internet Facing");
    var all = hosts(
        "use_tags",
        "1",
        "tag_set_by",
        "name",
        "tag_set_include",
        "Production,Internet Facing",
        "tag_include_selector",
        "all");
    int everyHost = hosts().size();

    assertTrue(any.stream()
        .allMatch(h -> tagsOf(h).contains("Production") || tagsOf(h).contains("Internet Facing")));
    assertTrue(all.stream()
        .allMatch(h -> tagsOf(h).containsAll(List.of("Production", "Internet Facing"))));
    assertTrue(
        0 < all.size() && all.size() < any.size() && any.size() < everyHost,
        all.size() + " < " + any.size() + " < " + everyHost);
    assertEquals(
        hosts().stream().filter(h -> tagsOf(h).contains("Production")).count(),
        sim.expected(Map.of("host_tags", "Production")).hosts());
    assertEquals(
        all.size(),
        sim.expected(Map.of("host_tags", "Production,Internet Facing", "host_tags_match", "all"))
            .hosts());
  }

  @Test
  void tagIdsWorkByDefaultAndAnExclusionLeavesHostsOut() {
    var production = hosts("use_tags", "1", "tag_set_by", "name", "tag_set_include", "Production");
    var tagId = Xml.text(
        Xml.all(production.getFirst(), "TAG").stream()
            .filter(t -> Xml.text(t, "NAME").equals("Production"))
            .findFirst()
            .orElseThrow(),
        "TAG_ID");
    assertEquals(
        production.size(), hosts("use_tags", "1", "tag_set_include", tagId).size());
    var excluded = hosts("use_tags", "1", "tag_set_by", "name", "tag_set_exclude", "Production");
    assertEquals(hosts().size(), production.size() + excluded.size());
  }

  @Test
  void unknownTagsAndGroupsAreInvalidValues() {
    for (var form : List.of(
        SimClient.form(
            "action", "list", "use_tags", "1", "tag_set_by", "name", "tag_set_include", "Nope"),
        SimClient.form("action", "list", "ag_titles", "Nope"),
        SimClient.form("action", "list", "tag_set_include", "Production"))) {
      var response = client.postForm(HOSTS, form);
      assertEquals(400, response.statusCode(), form.toString());
      assertTrue(response.body().contains("<CODE>1905</CODE>"), response.body());
    }
  }

  @Test
  void assetGroupsAreListedAndFilterByTitleOrId() {
    var doc =
        Xml.parse(client.postForm(GROUPS, SimClient.form("action", "list")).body());
    var groups = Xml.all(doc, "ASSET_GROUP");
    assertEquals(5, groups.size());
    var id = Xml.text(groups.get(2), "ID");
    var title = Xml.text(groups.get(2), "TITLE");
    var byTitle = hosts("ag_titles", title);
    var byId = hosts("ag_ids", id);

    assertEquals(byTitle.size(), byId.size());
    assertTrue(byId.size() > 0 && byId.size() < hosts().size());
    assertEquals(byId.size(), sim.expected(Map.of("asset_groups", title)).hosts());
    assertEquals(byId.size(), sim.expected(Map.of("asset_groups", id)).hosts());
    var one = Xml.parse(client
        .postForm(GROUPS, SimClient.form("action", "list", "title", title.toUpperCase()))
        .body());
    assertEquals(List.of(id), Xml.texts(one, "ID"));
  }

  @Test
  void theTagSearchFindsATagByItsExactName() {
    var found = Xml.parse(client
        .postXml(
            TAGS, Qps.request(Map.of(), List.of(new Qps.C("name", "EQUALS", "Internet Facing"))))
        .body());
    assertEquals("SUCCESS", Qps.responseCode(found));
    assertEquals(List.of("Internet Facing"), Xml.texts(found, "name"));
    var none = Xml.parse(client
        .postXml(TAGS, Qps.request(Map.of(), List.of(new Qps.C("name", "EQUALS", "Internet"))))
        .body());
    assertEquals(0, Qps.count(none));
  }
}
