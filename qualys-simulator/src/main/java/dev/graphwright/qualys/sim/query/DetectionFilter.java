package dev.graphwright.qualys.sim.query;

import dev.graphwright.qualys.sim.data.DetectionRecord;
import dev.graphwright.qualys.sim.data.DetectionStatus;
import dev.graphwright.qualys.sim.data.DetectionType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which detections a host-detection call (or a ground-truth query) keeps.
 *
 * <p>Info detections have no status, so the status list does not apply to them; whether they are
 * kept depends only on {@code types} (i.e. {@code show_igs=1}) and the other filters. The update
 * window keeps {@code since <= LAST_UPDATE_DATETIME < before}. Ignored and disabled detections are
 * left out unless included, as Qualys does by default.
 *
 * @param severities bit {@code n} set when severity {@code n} is wanted
 * @param qids null for any QID
 */
public record DetectionFilter(
    Set<DetectionStatus> statuses,
    int severities,
    Set<DetectionType> types,
    Long updatedSince,
    Long updatedBefore,
    boolean includeIgnored,
    boolean includeDisabled,
    IdRanges qids) {

  /** The API's default statuses: everything but Fixed. */
  public static final Set<DetectionStatus> DEFAULT_STATUSES =
      EnumSet.of(DetectionStatus.NEW, DetectionStatus.ACTIVE, DetectionStatus.REOPENED);

  /** Every severity. */
  public static final int ALL_SEVERITIES = 0b111110;

  /** Whether the detection passes. */
  public boolean matches(DetectionRecord d) {
    return types.contains(d.type())
        && (d.status() == null || statuses.contains(d.status()))
        && (severities & (1 << d.severity())) != 0
        && (updatedSince == null || d.lastUpdate() >= updatedSince)
        && (updatedBefore == null || d.lastUpdate() < updatedBefore)
        && (includeIgnored || !d.ignored())
        && (includeDisabled || !d.disabled())
        && (qids == null || qids.contains(d.qid()));
  }

  /** Parses a severity list such as {@code 3,4,5} or {@code 2-4}. */
  public static int parseSeverities(String name, String value) {
    var ranges = IdRanges.parse(name, value);
    int mask = 0;
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.high(i) > 5) {
        throw ParamException.invalid(name, value);
      }
      for (long s = ranges.low(i); s <= ranges.high(i); s++) {
        mask |= 1 << s;
      }
    }
    return mask;
  }

  /** Parses a status list such as {@code New,Active,Re-Opened,Fixed}. */
  public static Set<DetectionStatus> parseStatuses(String name, String value) {
    var statuses = EnumSet.noneOf(DetectionStatus.class);
    for (String token : value.split(",")) {
      DetectionStatus status = DetectionStatus.parse(token);
      if (status == null) {
        throw ParamException.invalid(name, value);
      }
      statuses.add(status);
    }
    return statuses;
  }
}
