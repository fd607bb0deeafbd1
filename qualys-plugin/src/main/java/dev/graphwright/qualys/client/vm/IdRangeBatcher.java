package dev.graphwright.qualys.client.vm;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns an ascending stream of host ids into ranges of at most N ids, the way Qualys'
 * multi_thread_hd.py splits a subscription for parallel detection downloads. Feed it ids (for
 * instance as the consumer of {@code QualysClient.forEachScannedHostId}), then call {@link
 * #finish()} for the last range. Not thread-safe.
 */
public final class IdRangeBatcher implements Consumer<String> {

  private final int maxIds;
  private final Consumer<IdRange> onRange;
  private long first = -1;
  private long last = -1;
  private int count;

  /**
   * @param maxIds at most this many listed ids per range
   * @param onRange receives each complete range
   */
  public IdRangeBatcher(int maxIds, Consumer<IdRange> onRange) {
    if (maxIds < 1) {
      throw new IllegalArgumentException("maxIds must be positive: " + maxIds);
    }
    this.maxIds = maxIds;
    this.onRange = Objects.requireNonNull(onRange, "onRange == null");
  }

  /** Adds the next id; ids must be numeric and strictly ascending. */
  @Override
  public void accept(String id) {
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("host id is not a number: '" + id + "'", e);
    }
    if (value <= last) {
      throw new IllegalArgumentException("host ids must ascend: " + value + " after " + last);
    }
    if (count == maxIds) {
      finish();
    }
    if (count == 0) {
      first = value;
    }
    last = value;
    count++;
  }

  /** Emits the range in progress, if any. */
  public void finish() {
    if (count > 0) {
      onRange.accept(new IdRange(first, last));
      count = 0;
    }
  }
}
