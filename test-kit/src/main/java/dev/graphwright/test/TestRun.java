package dev.graphwright.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.graphwright.api.raw.RequestSignature;
import dev.graphwright.neo4j.mapping.MappingStats;
import dev.graphwright.runtime.run.RunRecord;
import dev.graphwright.runtime.run.StepProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run did: its record (the same one {@code host-app runs <id>} prints), each step's
 * progress, and the graph it left.
 *
 * @param record the run record: status, steps, totals, mapping, deletions, metrics
 * @param progress each step's progress counters, by step id
 * @param graph the graph of the run's instance
 * @param rawArchive where the run archived the raw API responses
 */
public record TestRun(
    RunRecord record, Map<String, StepProgress> progress, GraphView graph, Path rawArchive) {

  /** {@code SUCCESS}, {@code PARTIAL_SUCCESS} or {@code FAILED}. */
  public String status() {
    return record.status();
  }

  /** A counter of the run record's {@code metrics} (e.g. {@code requests}), 0 when never counted. */
  public long metric(String name) {
    return record.metrics().getOrDefault(name, 0L);
  }

  /** The exit code the host would return: 0, 1 or 2. */
  public int exitCode() {
    return record.exitCode();
  }

  /** Fails unless every step succeeded, with each failing step's error. */
  public TestRun assertSucceeded() {
    if (!"SUCCESS".equals(record.status())) {
      var problems = new StringBuilder("run " + record.status());
      if (record.error() != null) {
        problems.append(": ").append(record.error());
      }
      for (var step : record.steps()) {
        if (!"SUCCESS".equals(step.status()) && !"NOT_RUN".equals(step.status())) {
          problems.append("\n  step ").append(step.id()).append(' ').append(step.status());
          if (step.error() != null) {
            problems.append(": ").append(step.error());
          }
          step.pageFailureSamples()
              .forEach(s -> problems.append("\n    page failed: ").append(s));
        }
      }
      fail(problems.toString());
    }
    return this;
  }

  /** One step's record; fails when the run has no such step. */
  public RunRecord.StepRecord step(String stepId) {
    return record.steps().stream()
        .filter(s -> s.id().equals(stepId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step '" + stepId + "' in " + stepIds()));
  }

  /** The status of one step: {@code SUCCESS}, {@code PARTIAL}, {@code FAILURE}, … */
  public String stepStatus(String stepId) {
    return step(stepId).status();
  }

  /** Items a step reported through {@code context.progress().advance}. */
  public long itemsOf(String stepId) {
    var step = progress.get(stepId);
    return step == null ? 0 : step.items();
  }

  /** How the mapper resolved the mapped relationships of one {@code _type} in this run. */
  public MappingStats.Counts mapping(String type) {
    var counts = record.mappedRelationships().get(type);
    return counts == null ? new MappingStats.Counts(0, 0, 0, 0, 0, 0) : counts;
  }

  /** Objects of one {@code _type} the stale-data sync deleted in this run. */
  public long deleted(String type) {
    return record.deleted().getOrDefault(type, 0L);
  }

  /** The types the deletion guard kept whole in this run. */
  public List<String> deletionRefusedTypes() {
    return record.deletionRefused().stream().map(r -> r.type()).toList();
  }

  /** Entities of one {@code _type} the instance holds after the run. */
  public long entities(String type) {
    return record.totals().entities().getOrDefault(type, 0L);
  }

  /** Relationships of one {@code _type} the instance holds after the run. */
  public long relationships(String type) {
    return record.totals().relationships().getOrDefault(type, 0L);
  }

  /**
   * The requests the run's steps sent, in order, read from the run's raw archive (method, path
   * and parameters; never headers). Requests a step retried are listed once.
   */
  public List<RequestSignature> requests() {
    var index = rawArchive.resolve(record.instance()).resolve(record.runId()).resolve("index.tsv");
    if (!Files.exists(index)) {
      return List.of();
    }
    try (var lines = Files.lines(index)) {
      return lines.map(l -> parse(l.substring(l.indexOf('\t') + 1))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The requests to one path, e.g. {@code /api/2.0/fo/knowledge_base/vuln/}. */
  public List<RequestSignature> requestsTo(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  /** A one-number query with {@code $instance} and {@code $run} (this run's id) bound. */
  public long count(String cypher) {
    return graph.count(cypher, Map.of("run", record.runId()));
  }

  /** {@link #count(String)} with more parameters besides {@code $instance} and {@code $run}. */
  public long count(String cypher, Map<String, ?> parameters) {
    var all = new java.util.HashMap<String, Object>(parameters);
    all.put("run", record.runId());
    return graph.count(cypher, all);
  }

  // The inverse of RequestSignature.canonical(): "METHOD path?name=value&name=value".
  private static RequestSignature parse(String canonical) {
    int space = canonical.indexOf(' ');
    var rest = canonical.substring(space + 1);
    int query = rest.indexOf('?');
    var parameters = new TreeMap<String, String>();
    if (query >= 0) {
      for (var pair : rest.substring(query + 1).split("&", -1)) {
        int eq = pair.indexOf('=');
        parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new RequestSignature(
        canonical.substring(0, space), query >= 0 ? rest.substring(0, query) : rest, parameters);
  }

  /** Fails unless the run wrote only declared types. */
  public TestRun assertNoUndeclaredTypes() {
    assertEquals(List.of(), record.undeclaredTypes(), "types written but not declared");
    return this;
  }

  private List<String> stepIds() {
    return record.steps().stream().map(RunRecord.StepRecord::id).toList();
  }
}
