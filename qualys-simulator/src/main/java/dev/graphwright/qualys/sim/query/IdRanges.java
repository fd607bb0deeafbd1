package dev.graphwright.qualys.sim.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sorted union of disjoint inclusive id ranges, parsed from Qualys lists such as
 * {@code 1357,2468,190-400}.
 */
public final class IdRanges {
  private final long[] lows;
  private final long[] highs;

  private IdRanges(long[] lows, long[] highs) {
    this.lows = lows;
    this.highs = highs;
  }

  /** The single range {@code [low, high]} (empty when {@code low > high}). */
  public static IdRanges of(long low, long high) {
    return low > high
        ? new IdRanges(new long[0], new long[0])
        : new IdRanges(new long[] {low}, new long[] {high});
  }

  /**
   * Parses a comma list of positive integers and {@code a-b} ranges.
   *
   * @throws ParamException 1905 in Qualys' wording when a token is neither
   */
  public static IdRanges parse(String name, String value) {
    var ranges = new ArrayList<long[]>();
    for (String raw : value.split(",", -1)) {
      String token = raw.trim();
      int dash = token.indexOf('-', 1);
      long low;
      long high;
      if (dash < 0) {
        low = positive(token);
        high = low;
      } else {
        low = positive(token.substring(0, dash));
        high = positive(token.substring(dash + 1));
      }
      if (low < 0 || high < 0 || low > high) {
        throw ParamException.invalid(
            name, value + " (neither a positive integer nor a range: " + token + ")");
      }
      ranges.add(new long[] {low, high});
    }
    return merge(ranges);
  }

  /** This union intersected with {@code [low, high]}. */
  public IdRanges clip(long low, long high) {
    var ranges = new ArrayList<long[]>();
    for (int i = 0; i < lows.length; i++) {
      long l = Math.max(lows[i], low);
      long h = Math.min(highs[i], high);
      if (l <= h) {
        ranges.add(new long[] {l, h});
      }
    }
    return merge(ranges);
  }

  /** Whether {@code id} is in one of the ranges. */
  public boolean contains(long id) {
    int lo = 0;
    int hi = lows.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (id < lows[mid]) {
        hi = mid - 1;
      } else if (id > highs[mid]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Number of ranges. */
  public int size() {
    return lows.length;
  }

  public long low(int i) {
    return lows[i];
  }

  public long high(int i) {
    return highs[i];
  }

  private static long positive(String token) {
    if (token.isEmpty()
        || token.length() > 18
        || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    long value = Long.parseLong(token);
    return value > 0 ? value : -1;
  }

  private static IdRanges merge(List<long[]> ranges) {
    ranges.sort(Comparator.comparingLong(r -> r[0]));
    var lows = new long[ranges.size()];
    var highs = new long[ranges.size()];
    int n = 0;
    for (long[] r : ranges) {
      if (n > 0 && r[0] <= highs[n - 1] + 1) {
        highs[n - 1] = Math.max(highs[n - 1], r[1]);
      } else {
        lows[n] = r[0];
        highs[n] = r[1];
        n++;
      }
    }
    return new IdRanges(java.util.Arrays.copyOf(lows, n), java.util.Arrays.copyOf(highs, n));
  }
}
