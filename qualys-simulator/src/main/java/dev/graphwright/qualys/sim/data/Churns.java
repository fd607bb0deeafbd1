package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Rescans that happened after the account was generated, in order: each one rescans a share of
 * the hosts at a moment, and the rescanned hosts' detections change (some fixed, some reopened,
 * some found again, a few new). Which hosts and how they change follows from the seed, the
 * churn's number and the host, so two simulators with the same seed and the same churns serve the
 * same data. A host's records are derived from the churns on demand, like everything else.
 */
public final class Churns {

  /**
   * One rescan of a share of the hosts.
   *
   * @param epoch 1 for the first churn, then 2, ...
   * @param share the share of hosts rescanned, in (0, 1]
   * @param at when it happened, in epoch seconds: the rescan ends 2 s before, its results are
   *     processed 1 s before, so a run that starts at {@code at} or later sees all of it
   */
  public record Churn(int epoch, double share, long at) {

    /** The end of the rescan of a host in this churn. */
    public long scanTime() {
      return at - 2;
    }

    /** When the rescan's results were processed. */
    public long processedTime() {
      return at - 1;
    }
  }

  private final long seed;
  private volatile List<Churn> applied = List.of();

  Churns(long seed) {
    this.seed = seed;
  }

  /**
   * Adds a churn of {@code share} of the hosts at {@code at} (epoch seconds).
   *
   * @throws IllegalArgumentException if the share is not in (0, 1] or {@code at} is not after the
   *     previous churn's
   */
  public synchronized Churn add(double share, long at) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1]: " + share);
    }
    var before = applied;
    if (!before.isEmpty() && at <= before.getLast().at()) {
      throw new IllegalArgumentException(
          "a churn must come after the previous one (at " + before.getLast().at() + ")");
    }
    var churn = new Churn(before.size() + 1, share, at);
    var next = new ArrayList<>(before);
    next.add(churn);
    applied = List.copyOf(next);
    return churn;
  }

  /** The churns so far, oldest first. */
  public List<Churn> applied() {
    return applied;
  }

  /** Whether this churn rescanned host {@code hostIndex}. */
  public boolean rescans(Churn churn, int hostIndex) {
    return Rng.of(seed, Kind.CHURN_HOST, churn.epoch(), hostIndex).chance(churn.share());
  }

  /** The latest churn that rescanned host {@code hostIndex}, or null. */
  public Churn lastRescanOf(int hostIndex) {
    var all = applied;
    for (int i = all.size() - 1; i >= 0; i--) {
      if (rescans(all.get(i), hostIndex)) {
        return all.get(i);
      }
    }
    return null;
  }

  /** The random stream of detection {@code ordinal} of a host in a churn. */
  Rng detectionRng(Churn churn, int hostIndex, int ordinal) {
    return Rng.of(seed, Kind.CHURN_DETECTION, ((long) churn.epoch() << 32) | hostIndex, ordinal);
  }
}
