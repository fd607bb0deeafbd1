package dev.graphwright.qualys.sim.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.graphwright.qualys.sim.http.ApiRequest;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.query.Params;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's own control endpoints under {@code /__sim/} (no auth, not counted, no limits):
 * {@code GET expected}, {@code GET metrics}, {@code GET|POST|DELETE faults},
 * {@code POST reset-metrics}, {@code POST foreign-running?value=N}, {@code POST churn?share=S[&at=T]}
 * (rescan a share of the hosts; {@code at} an ISO-8601 instant, default now), {@code POST
 * kb-revise?qids=Q1,Q2[&at=T]} (Qualys revises these knowledge base entries: new title, last
 * modified at {@code at}) and {@code GET
 * sample?hosts=N&...} (the detections of a sample of hosts, with {@code expected}'s filters).
 * Answers are JSON.
 */
public final class AdminEndpoint {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final SimulatorControl simulator;

  public AdminEndpoint(SimulatorControl simulator) {
    this.simulator = simulator;
  }

  /** Answers one admin call. */
  public Reply handle(ApiRequest request) {
    String path = request.path().endsWith("/")
        ? request.path().substring(0, request.path().length() - 1)
        : request.path();
    String method = request.method();
    try {
      return switch (path) {
        case "/__sim/expected" ->
          method.equals("GET")
              ? json(200, simulator.expected(single(request.params())))
              : notAllowed(method);
        case "/__sim/metrics" ->
          method.equals("GET") ? json(200, simulator.metrics()) : notAllowed(method);
        case "/__sim/faults" -> faults(request);
        case "/__sim/reset-metrics" -> {
          if (!method.equals("POST")) {
            yield notAllowed(method);
          }
          simulator.resetMetrics();
          yield json(200, Map.of("reset", true));
        }
        case "/__sim/foreign-running" -> foreignRunning(request);
        case "/__sim/churn" -> churn(request);
        case "/__sim/kb-revise" -> reviseKnowledgeBase(request);
        case "/__sim/sample" -> method.equals("GET") ? sample(request) : notAllowed(method);
        default -> json(404, Map.of("error", "unknown admin path " + request.path()));
      };
    } catch (IllegalArgumentException e) {
      return json(400, Map.of("error", e.getMessage()));
    }
  }

  private Reply faults(ApiRequest request) {
    switch (request.method()) {
      case "GET" -> {
        return json(200, Map.of("faults", simulator.faults()));
      }
      case "DELETE" -> {
        simulator.clearFaults();
        return json(200, Map.of("faults", simulator.faults()));
      }
      case "POST" -> {
        simulator.setFaults(specs(request));
        return json(200, Map.of("faults", simulator.faults()));
      }
      default -> {
        return notAllowed(request.method());
      }
    }
  }

  // Either form fields fault=... (repeatable) or a text body with one spec per line.
  private static List<String> specs(ApiRequest request) {
    var specs = new ArrayList<String>();
    for (var e : request.params().entries()) {
      if (e.getKey().equals("fault")) {
        specs.add(e.getValue());
      }
    }
    if (specs.isEmpty()) {
      request
          .bodyText()
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(specs::add);
    }
    return specs;
  }

  private Reply foreignRunning(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return notAllowed(request.method());
    }
    String value = request.params().get("value");
    if (value == null) {
      throw new IllegalArgumentException("foreign-running needs ?value=N");
    }
    try {
      simulator.setForeignRunning(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value is not an integer: " + value, e);
    }
    return json(200, Map.of("foreignRunning", simulator.foreignRunning()));
  }

  private Reply churn(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return notAllowed(request.method());
    }
    String share = request.params().get("share");
    if (share == null) {
      throw new IllegalArgumentException(
          "churn needs ?share=S, the share of hosts to rescan (e.g. 0.1)");
    }
    String at = request.params().get("at");
    try {
      return json(
          200,
          simulator.churn(
              Double.parseDouble(share.trim()),
              at == null ? Instant.now() : Instant.parse(at.trim())));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("share is not a number: " + share, e);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("at is not an ISO-8601 instant: " + at, e);
    }
  }

  private Reply reviseKnowledgeBase(ApiRequest request) {
    if (!request.method().equals("POST")) {
      return notAllowed(request.method());
    }
    String qids = request.params().get("qids");
    if (qids == null || qids.isBlank()) {
      throw new IllegalArgumentException("kb-revise needs ?qids=Q1,Q2, the QIDs to revise");
    }
    var numbers = new ArrayList<Integer>();
    for (String qid : qids.split(",")) {
      try {
        numbers.add(Integer.parseInt(qid.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a QID: " + qid, e);
      }
    }
    String at = request.params().get("at");
    try {
      return json(
          200,
          simulator.reviseKnowledgeBase(
              numbers, at == null ? Instant.now() : Instant.parse(at.trim())));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("at is not an ISO-8601 instant: " + at, e);
    }
  }

  private Reply sample(ApiRequest request) {
    var params = single(request.params());
    String hosts = params.remove("hosts");
    try {
      int count = hosts == null ? 20 : Integer.parseInt(hosts.trim());
      return json(200, Map.of("hosts", simulator.sample(params, count)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("hosts is not an integer: " + hosts, e);
    }
  }

  private static Map<String, String> single(Params params) {
    var map = new LinkedHashMap<String, String>();
    params.entries().forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
    return map;
  }

  private static Reply notAllowed(String method) {
    return json(405, Map.of("error", "method " + method + " not allowed here"));
  }

  private static Reply json(int status, Object value) {
    String text;
    try {
      text = JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
    return Reply.status(status, "application/json")
        .body(BodyWriter.of(out -> out.raw(text)))
        .build();
  }
}
