import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * bench/scale's arithmetic, run as a single-file program with the host app's libraries on the
 * class path (the benchmark needs nothing but a JDK and Maven).
 *
 * <ul>
 *   <li>{@code size RUN_JSON}: prints "nodes relationships" of the instance after a run, for the
 *       ceiling to write as many.
 *   <li>{@code sample RUN_JSON SIM_URL SAMPLE_JSON}: saves the simulator's detections of a sample
 *       of hosts (evenly spaced, plus rescanned ones after a churn) for the run's window, and
 *       prints their host ids, comma-separated, for the graph query.
 *   <li>{@code check RUN_JSON SIM_URL SAMPLE_JSON GRAPH_JSON}: compares the run's graph totals with
 *       the simulator's ground truth for the run's window, the closed findings with the fixed
 *       ones, and the sampled detections with the graph's findings of those hosts (key fields and
 *       properties); prints one JSON object: {@code matches}, {@code checks} (name → [graph,
 *       expected]), {@code sampledFindings}, {@code sampleMismatches} and {@code mismatches}.
 *   <li>{@code report KEY=VALUE...}: the benchmark's final JSON line (see bench/scale).
 * </ul>
 */
public final class ScaleReport {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "size" -> {
        var totals = JSON.readTree(Path.of(args[1]).toFile()).path("totals");
        long nodes = sum(totals.path("entities")) + sum(totals.path("placeholders"));
        System.out.println(nodes + " " + sum(totals.path("relationships")));
      }
      case "sample" -> System.out.println(sample(Path.of(args[1]), args[2], Path.of(args[3])));
      case "check" ->
        System.out.println(JSON.writeValueAsString(
            check(Path.of(args[1]), args[2], Path.of(args[3]), Path.of(args[4]))));
      case "report" -> System.out.println(JSON.writeValueAsString(report(args)));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  /**
   * Every count the ground truth can give, against the graph's totals after the run: the
   * findings, each relationship type the Qualys integration writes (IDENTIFIED, SCANS,
   * DISCOVERED, host HAS finding, IS, the web-app SCANS and HAS), and the placeholders.
   */
  static ObjectNode check(Path runJson, String simulatorUrl, Path sampleJson, Path graphJson)
      throws IOException, InterruptedException {
    var run = JSON.readTree(runJson.toFile());
    var expected = get(
        simulatorUrl, "/__sim/expected", windowParameters(run.path("windowTo").asText()));
    var graph = JSON.readTree(graphJson.toFile());
    var totals = run.path("totals");
    var entities = totals.path("entities");
    var relationships = totals.path("relationships");
    var placeholders = totals.path("placeholders");
    var checks = new LinkedHashMap<String, long[]>();
    checks.put(
        "hostFindings",
        pair(entities.path("qualys_host_finding").asLong(), expected, "hostFindings"));
    checks.put(
        "webAppFindings",
        pair(entities.path("qualys_web_app_finding").asLong(), expected, "webAppFindings"));
    checks.put(
        "identified",
        pair(
            relationships
                .path("qualys_vulnerability_manager_identified_host_finding")
                .asLong(),
            expected,
            "hostFindings"));
    checks.put(
        "hostsScanned",
        pair(prefixed(relationships, "qualys_vulnerability_manager_scans_"), expected, "hosts"));
    checks.put(
        "hostsDiscovered",
        pair(
            prefixed(relationships, "qualys_vulnerability_manager_discovered_"),
            expected,
            "hosts"));
    checks.put(
        "ec2HostsScanned",
        pair(
            relationships
                .path("qualys_vulnerability_manager_scans_aws_instance")
                .asLong(),
            expected,
            "ec2Hosts"));
    checks.put(
        "hostHasFinding",
        pair(
            relationships.path("discovered_host_has_qualys_host_finding").asLong()
                + relationships.path("aws_instance_has_qualys_host_finding").asLong(),
            expected,
            "hostFindings"));
    checks.put(
        "findingVulnerabilityLinks",
        pair(
            prefixed(relationships, "qualys_host_finding_is_")
                + prefixed(relationships, "qualys_web_app_finding_is_"),
            expected,
            "findingVulnerabilityLinks"));
    checks.put(
        "webAppsScanned",
        pair(
            relationships.path("qualys_web_app_scanner_scans_web_app").asLong(),
            expected,
            "webApps"));
    checks.put(
        "webAppHasFinding",
        pair(
            relationships.path("web_app_has_qualys_web_app_finding").asLong(),
            expected,
            "webAppFindings"));
    checks.put("cves", pair(placeholders.path("cve").asLong(), expected, "cves"));
    checks.put(
        "qidsWithoutCve",
        pair(placeholders.path("qualys_vuln").asLong(), expected, "qidsWithoutCve"));
    checks.put("ec2Hosts", pair(placeholders.path("aws_instance").asLong(), expected, "ec2Hosts"));
    checks.put(
        "hostPlaceholders",
        pair(
            placeholders.path("aws_instance").asLong()
                + placeholders.path("discovered_host").asLong(),
            expected,
            "hosts"));
    long closed = graph.isEmpty() ? -1 : graph.get(0).path("closed").asLong();
    checks.put("closedHostFindings", pair(closed, expected, "fixedHostFindings"));
    var sampleMismatches = JSON.createArrayNode();
    long sampled = compareSample(JSON.readTree(sampleJson.toFile()), graph, sampleMismatches);
    var result = JSON.createObjectNode();
    result.put("hosts", expected.path("hosts").asLong());
    result.put("detections", entities.path("qualys_host_finding").asLong());
    result.put("status", run.path("status").asText());
    var mismatches = result.putObject("mismatches");
    var all = result.putObject("checks");
    checks.forEach((name, values) -> {
      all.putArray(name).add(values[0]).add(values[1]);
      if (values[0] != values[1]) {
        mismatches.putArray(name).add(values[0]).add(values[1]);
      }
    });
    result.put("sampledFindings", sampled);
    result.set("sampleMismatches", sampleMismatches);
    result.put("matches", mismatches.isEmpty() && sampleMismatches.isEmpty() && sampled > 0);
    return result;
  }

  /** The sampled hosts' detections for the run's window; returns their host ids, comma-separated. */
  static String sample(Path runJson, String simulatorUrl, Path sampleJson)
      throws IOException, InterruptedException {
    var run = JSON.readTree(runJson.toFile());
    var parameters = windowParameters(run.path("windowTo").asText());
    parameters.put("hosts", "25");
    var sample = get(simulatorUrl, "/__sim/sample", parameters);
    JSON.writeValue(sampleJson.toFile(), sample);
    var ids = new ArrayList<String>();
    sample.path("hosts").forEach(h -> ids.add(h.path("id").asText()));
    return String.join(",", ids);
  }

  /**
   * Each sampled detection must be one finding of its host in the graph, found by the fields of
   * its key (host, QID, port, protocol, SSL, type), with the simulator's status, open flag,
   * severity, times found and dates; and the graph must hold no other finding of those hosts.
   * Returns how many detections were compared; mismatches (up to 20) go to {@code mismatches}.
   */
  private static long compareSample(JsonNode sample, JsonNode graph, ArrayNode mismatches) {
    var stored = new LinkedHashMap<String, JsonNode>();
    for (var row : graph) {
      if (!row.path("host").isNull() && !row.path("host").isMissingNode()) {
        stored.put(
            identity(
                row.path("host").asText(),
                row.path("qid"),
                row.path("port"),
                row.path("protocol"),
                row.path("ssl"),
                row.path("type")),
            row);
      }
    }
    long compared = 0;
    for (var host : sample.path("hosts")) {
      for (var d : host.path("detections")) {
        compared++;
        var id = identity(
            host.path("id").asText(),
            d.path("qid"),
            d.path("port"),
            d.path("protocol"),
            d.path("ssl"),
            d.path("type"));
        var row = stored.remove(id);
        if (row == null) {
          note(mismatches, id, "missing from the graph", null, null);
          continue;
        }
        boolean fixed = "Fixed".equals(d.path("status").asText(null));
        same(
            mismatches,
            id,
            "status",
            d.path("status").asText(null),
            row.path("status").asText(null));
        same(mismatches, id, "open", !fixed, row.path("open").asBoolean());
        same(
            mismatches,
            id,
            "qualysSeverity",
            d.path("severity").asLong(),
            row.path("severity").asLong());
        same(
            mismatches,
            id,
            "numTimesFound",
            d.path("timesFound").asLong(),
            row.path("timesFound").asLong());
        same(
            mismatches,
            id,
            "firstFoundOn",
            millis(d.path("firstFound")),
            row.path("firstFoundOn").asLong(0));
        same(
            mismatches,
            id,
            "lastFoundOn",
            millis(d.path("lastFound")),
            row.path("lastFoundOn").asLong(0));
        same(
            mismatches,
            id,
            "lastFixedOn",
            millis(d.path("lastFixed")),
            row.path("lastFixedOn").asLong(0));
      }
    }
    stored
        .keySet()
        .forEach(id -> note(mismatches, id, "in the graph, not at the source", null, null));
    return compared;
  }

  private static String identity(
      String host, JsonNode qid, JsonNode port, JsonNode protocol, JsonNode ssl, JsonNode type) {
    return host + "|" + (port.isNull() || port.isMissingNode() ? "" : port.asText()) + "|"
        + protocol.asText("") + "|" + qid.asText() + "|" + ssl.asBoolean() + "|" + type.asText();
  }

  private static long millis(JsonNode iso) {
    return iso.isNull() || iso.isMissingNode() ? 0 : Instant.parse(iso.asText()).toEpochMilli();
  }

  private static void same(
      ArrayNode mismatches, String id, String property, Object expected, Object graph) {
    if (!Objects.equals(expected, graph)) {
      note(mismatches, id, property, expected, graph);
    }
  }

  private static void note(
      ArrayNode mismatches, String id, String what, Object expected, Object graph) {
    if (mismatches.size() < 20) {
      mismatches
          .addObject()
          .put("finding", id)
          .put("what", what)
          .put("expected", String.valueOf(expected))
          .put("graph", String.valueOf(graph));
    }
  }

  /** The ground truth's filters for everything bench/scale asks for, over the run's 10-year window. */
  private static LinkedHashMap<String, String> windowParameters(String windowTo) {
    var to = Instant.parse(windowTo.substring(0, 19) + "Z");
    var from = to.minus(Duration.ofDays(3650));
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("scanned_after", from.toString());
    parameters.put("scanned_before", to.toString());
    parameters.put("detections_updated_after", from.toString());
    parameters.put("detections_updated_before", to.toString());
    parameters.put("severities", "1,2,3,4,5");
    parameters.put("types", "Confirmed,Potential,Info");
    parameters.put("statuses", "New,Active,Re-Opened,Fixed");
    parameters.put("include_ignored", "1");
    parameters.put("include_disabled", "1");
    parameters.put("webapps_scanned_after", from.toString());
    parameters.put("findings_detected_after", from.toString());
    return parameters;
  }

  private static JsonNode get(String url, String path, Map<String, String> parameters)
      throws IOException, InterruptedException {
    var query = parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    try (var client = HttpClient.newHttpClient()) {
      var response = client.send(
          HttpRequest.newBuilder(URI.create(url + path + "?" + query)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    }
  }

  /**
   * The final line. Arguments: out=DIR wall=S code=N [rerunWall=S rerunCode=N] [churnWall=S
   * churnCode=N churnShare=S] ceiling1=JSON ceiling2=JSON (either ceiling may be absent). Reads
   * run1.json, run1.facts.json (and run2.*, churn.* when given) and metrics.json in DIR.
   */
  static ObjectNode report(String[] args) throws IOException {
    var a = new LinkedHashMap<String, String>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    var out = Path.of(a.get("out"));
    var facts = JSON.readTree(out.resolve("run1.facts.json").toFile());
    var run = JSON.readTree(out.resolve("run1.json").toFile());
    var metrics = JSON.readTree(out.resolve("metrics.json").toFile());
    double wall = Double.parseDouble(a.get("wall"));
    var totals = run.path("totals");
    long objects = sum(totals.path("entities"))
        + sum(totals.path("placeholders"))
        + sum(totals.path("relationships"));
    var ceilings = new ArrayList<JsonNode>();
    for (var name : List.of("ceiling1", "ceiling2")) {
      if (a.containsKey(name) && !a.get(name).isBlank()) {
        ceilings.add(JSON.readTree(a.get(name)));
      }
    }
    double ceiling = ceilings.stream()
        .mapToDouble(c -> c.path("objectsPerSecond").asDouble())
        .max()
        .orElse(0);
    double rate = objects / wall;
    var r = JSON.createObjectNode();
    r.put("hosts", facts.path("hosts").asLong());
    r.put("detections", facts.path("detections").asLong());
    r.put("wallSeconds", round(wall, 1));
    r.set("phaseSeconds", run.path("phaseSeconds"));
    r.put("detectionsPerSecond", Math.round(facts.path("detections").asLong() / wall));
    r.put("graphObjects", objects);
    r.put("graphObjectsPerSecond", Math.round(rate));
    r.put("ceilingObjectsPerSecond", Math.round(ceiling));
    var byThreads = r.putObject("ceilingObjectsPerSecondByThreads");
    ceilings.forEach(c -> byThreads.put(
        c.path("threads").asText(), Math.round(c.path("objectsPerSecond").asDouble())));
    if (ceiling > 0) {
      r.put("ratioToCeiling", round(rate / ceiling, 3));
    } else {
      r.putNull("ratioToCeiling");
    }
    r.put("peakHeapBytes", run.path("peakHeapBytes").asLong());
    r.put("peakLiveHeapBytes", run.path("peakLiveHeapBytes").asLong());
    r.put("peakRssBytes", run.path("peakRssBytes").asLong());
    r.put("requests", metrics.path("requests").path("total").asLong());
    r.put("http409", metrics.path("http409").asLong());
    r.put("exitCode", Integer.parseInt(a.get("code")));
    r.put("matchesExpected", facts.path("matches").asBoolean());
    r.put("sampledFindings", facts.path("sampledFindings").asLong());
    r.set("mismatches", facts.path("mismatches"));
    r.set("sampleMismatches", facts.path("sampleMismatches"));
    if (a.containsKey("rerunWall")) {
      double rerun = Double.parseDouble(a.get("rerunWall"));
      var rerunFacts = JSON.readTree(out.resolve("run2.facts.json").toFile());
      r.put("rerunWallSeconds", round(rerun, 1));
      r.put("speedupOnRerun", round(wall / rerun, 1));
      r.put("rerunExitCode", Integer.parseInt(a.get("rerunCode")));
      r.put("rerunMatchesExpected", rerunFacts.path("matches").asBoolean());
      r.set("rerunMismatches", rerunFacts.path("mismatches"));
      r.set("rerunSampleMismatches", rerunFacts.path("sampleMismatches"));
    }
    if (a.containsKey("churnWall")) {
      double churn = Double.parseDouble(a.get("churnWall"));
      var churnFacts = JSON.readTree(out.resolve("churn.facts.json").toFile());
      var churnRun = JSON.readTree(out.resolve("churn.json").toFile());
      r.put("churnShare", Double.parseDouble(a.get("churnShare")));
      r.put("churnRerunWallSeconds", round(churn, 1));
      r.put("churnRerunShareOfFirstRun", round(churn / wall, 3));
      r.set("churnRerunPhaseSeconds", churnRun.path("phaseSeconds"));
      r.put("churnExitCode", Integer.parseInt(a.get("churnCode")));
      r.put("churnMatchesExpected", churnFacts.path("matches").asBoolean());
      r.put("churnSampledFindings", churnFacts.path("sampledFindings").asLong());
      r.set("churnMismatches", churnFacts.path("mismatches"));
      r.set("churnSampleMismatches", churnFacts.path("sampleMismatches"));
    }
    return r;
  }

  private static long[] pair(long graph, JsonNode expected, String field) {
    if (!expected.has(field)) {
      throw new IllegalStateException("the ground truth has no field " + field);
    }
    return new long[] {graph, expected.path(field).asLong()};
  }

  private static long prefixed(JsonNode counts, String prefix) {
    long total = 0;
    for (var entry : counts.properties()) {
      if (entry.getKey().startsWith(prefix)) {
        total += entry.getValue().asLong();
      }
    }
    return total;
  }

  private static long sum(JsonNode counts) {
    long total = 0;
    for (var entry : counts.properties()) {
      total += entry.getValue().asLong();
    }
    return total;
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private ScaleReport() {}
}
