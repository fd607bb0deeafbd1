package dev.graphwright.host.console;

import dev.graphwright.runtime.run.RunRecord;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run record as the end-of-run summary: steps, what the graph holds, and the counters. */
public final class RunSummaryPrinter {

  private RunSummaryPrinter() {}

  public static void print(RunRecord record, PrintStream out) {
    out.println();
    out.printf(
        "Run %s of '%s' (%s): %s in %s%n",
        record.runId(),
        record.instance(),
        record.integration(),
        record.status(),
        Numbers.seconds(record.durationMs() / 1000.0));
    if (record.error() != null) {
      out.println("  error: " + record.error());
    }
    out.println();
    var steps = new Table(List.of("step", "status", "time", "written", "page failures"));
    for (var step : record.steps()) {
      steps.row(List.of(
          step.id(),
          step.status(),
          Numbers.seconds(step.durationMs() / 1000.0),
          Numbers.count(
              step.counts().values().stream().mapToLong(Long::longValue).sum()),
          step.pageFailures() == 0 ? "" : Numbers.count(step.pageFailures())));
    }
    steps.print(out, "  ");
    for (var step : record.steps()) {
      if (step.error() != null) {
        out.println("  " + step.id() + " failed: " + step.error());
      }
      for (var sample : step.pageFailureSamples()) {
        out.println("  " + step.id() + " page failure: " + sample);
      }
    }
    out.println();
    if (record.preview() != null) {
      printPreview(record, out);
    }
    var totals = new Table(List.of("in the graph for this instance", "count"));
    record.totals().entities().forEach((t, n) -> totals.row(List.of(t, Numbers.count(n))));
    record.totals().relationships().forEach((t, n) -> totals.row(List.of(t, Numbers.count(n))));
    record
        .totals()
        .placeholders()
        .forEach((t, n) -> totals.row(List.of(t + " (placeholder)", Numbers.count(n))));
    if (totals.size() > 0) {
      totals.print(out, "  ");
      out.println();
    }
    out.printf(
        "  requests %s, retries %s, HTTP 409 %s, peak heap %s (after GC %s), peak RSS %s%n",
        Numbers.count(record.requests()),
        Numbers.count(record.retries()),
        Numbers.count(record.http409()),
        Numbers.bytes(record.peakHeapBytes()),
        Numbers.bytes(record.peakLiveHeapBytes()),
        Numbers.bytes(record.peakRssBytes()));
    line(out, "duplicates", record.duplicates());
    line(out, "dangling relationships", record.dangling());
    line(out, "stale objects deleted", record.deleted());
    for (var refusal : record.deletionRefused()) {
      out.println(
          (record.preview() != null ? "  a run would refuse to delete: " : "  deletion refused: ")
              + refusal.type() + " (" + refusal.wouldDelete() + " of " + refusal.existing()
              + " would go; all kept)");
    }
    if (!record.partialTypes().isEmpty()) {
      out.println(
          "  partial types (kept, never deleted): " + String.join(", ", record.partialTypes()));
    }
    if (!record.undeclaredTypes().isEmpty()) {
      out.println("  UNDECLARED types written (never cleaned): " + record.undeclaredTypes());
    }
    if (!record.duplicateSamples().isEmpty()) {
      out.println("  duplicates with differing properties (first few):");
      record
          .duplicateSamples()
          .forEach(s -> out.println(
              "    " + s.type() + " " + s.key() + ": " + s.differences().keySet()));
    }
  }

  private static void printPreview(RunRecord record, PrintStream out) {
    out.println("  PREVIEW: nothing was changed. A run now would:");
    var table =
        new Table(List.of("type", "create", "update", "unchanged", "delete", "in the graph"));
    record
        .preview()
        .forEach((type, c) -> table.row(List.of(
            type,
            Numbers.count(c.create()),
            Numbers.count(c.update()),
            Numbers.count(c.unchanged()),
            Numbers.count(c.delete()),
            Numbers.count(c.existing()))));
    table.print(out, "  ");
    out.println();
  }

  private static void line(PrintStream out, String label, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.println("  " + label + ": "
        + counts.entrySet().stream()
            .map(e -> e.getKey() + " " + Numbers.count(e.getValue()))
            .collect(Collectors.joining(", ")));
  }
}
