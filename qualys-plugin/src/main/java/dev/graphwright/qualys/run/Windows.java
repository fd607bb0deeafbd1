package dev.graphwright.qualys.run;

import dev.graphwright.api.ExecutionInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The incremental windows of a run: from the later of the last successful run's start and now
 * minus the configured days, to this run's start, in whole seconds (Qualys rejects milliseconds).
 * Ending at this run's start (not "now") means the next run's window starts exactly where this one
 * ended, with no gap and no overlap.
 *
 * @param scannedFrom hosts scanned from
 * @param findingsFrom detections and web-app findings updated from
 * @param to the end of both windows
 * @param incremental whether a previous successful run exists
 */
public record Windows(Instant scannedFrom, Instant findingsFrom, Instant to, boolean incremental) {

  public static Windows of(ExecutionInfo execution, QualysConfig config) {
    var to = execution.startedAt().truncatedTo(ChronoUnit.SECONDS);
    var last = execution.lastSuccessfulRunStartedAt();
    return new Windows(
        from(to, config.scannedLookback(), last.orElse(null)),
        from(to, config.findingsLookback(), last.orElse(null)),
        to,
        last.isPresent());
  }

  private static Instant from(Instant to, Duration lookback, @Nullable Instant lastSuccess) {
    var earliest = to.minus(lookback);
    var from = lastSuccess != null && lastSuccess.isAfter(earliest) ? lastSuccess : earliest;
    return from.truncatedTo(ChronoUnit.SECONDS);
  }
}
