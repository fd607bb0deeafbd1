package dev.graphwright.qualys.sim.api;

import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/** Candidate keys: either an explicit ascending list or every index from a start to an end. */
final class IndexWalk implements PrimitiveIterator.OfLong {
  private final long[] explicit;
  private final long end;
  private long next;
  private int position;

  private IndexWalk(long[] explicit, long start, long end) {
    this.explicit = explicit;
    this.next = start;
    this.end = end;
  }

  /** Indices {@code start..end-1}. */
  static IndexWalk range(long start, long end) {
    return new IndexWalk(null, start, end);
  }

  /** The given indices (negative ones skipped), ascending and distinct. */
  static IndexWalk of(long[] indices) {
    return new IndexWalk(
        java.util.Arrays.stream(indices).filter(i -> i >= 0).sorted().distinct().toArray(), 0, 0);
  }

  @Override
  public boolean hasNext() {
    return explicit != null ? position < explicit.length : next < end;
  }

  @Override
  public long nextLong() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return explicit != null ? explicit[position++] : next++;
  }
}
