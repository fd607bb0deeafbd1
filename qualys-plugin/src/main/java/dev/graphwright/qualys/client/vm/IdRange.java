package dev.graphwright.qualys.client.vm;

/**
 * A contiguous range of Qualys host ids, sent as {@code ids=first-last}. Qualys returns only the
 * existing hosts in it.
 *
 * @param first the first id
 * @param last the last id, not below {@code first}
 */
public record IdRange(long first, long last) {

  public IdRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad id range " + first + "-" + last);
    }
  }

  /** The {@code ids} parameter value. */
  public String toParam() {
    return first == last ? Long.toString(first) : first + "-" + last;
  }

  @Override
  public String toString() {
    return toParam();
  }
}
