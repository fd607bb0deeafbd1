package dev.graphwright.qualys.sim.data;

/**
 * Maps record indices {@code 0..count-1} to ascending ids with gaps, and back, in O(1).
 *
 * <p>Ids come in blocks of 16 consecutive numbers of which 8 are used; the seed decides which 8.
 * That gives ascending ids, unknown ids inside every range, and runs of consecutive ids (which the
 * host list compresses into {@code ID_RANGE}). Nothing is stored: the block pattern is recomputed
 * from the seed whenever it is needed.
 */
public final class IdLayout {
  private static final int PER_BLOCK = 8;
  private static final int SPAN = 16;

  private final long seed;
  private final long kind;
  private final long base;
  private final int count;

  IdLayout(long seed, long kind, long base, int count) {
    this.seed = seed;
    this.kind = kind;
    this.base = base;
    this.count = count;
  }

  /** Number of records. */
  public int count() {
    return count;
  }

  /** The id of record {@code index}. */
  public long id(int index) {
    int block = index / PER_BLOCK;
    int mask = mask(block);
    int rank = index % PER_BLOCK;
    int slot = -1;
    for (int i = 0; i <= rank; i++) {
      slot = Integer.numberOfTrailingZeros(mask);
      mask &= mask - 1;
    }
    return base + (long) block * SPAN + slot;
  }

  /** The index of the record with this id, or -1 when no record has it. */
  public int indexOf(long id) {
    if (id < base) {
      return -1;
    }
    long offset = id - base;
    long block = offset / SPAN;
    if (block > (count - 1) / PER_BLOCK) {
      return -1;
    }
    int slot = (int) (offset % SPAN);
    int mask = mask((int) block);
    if ((mask & (1 << slot)) == 0) {
      return -1;
    }
    long index = block * PER_BLOCK + Integer.bitCount(mask & ((1 << slot) - 1));
    return index < count ? (int) index : -1;
  }

  /** The smallest index whose id is at least {@code id}; {@link #count()} when there is none. */
  public int firstIndexAtOrAbove(long id) {
    if (id <= base) {
      return 0;
    }
    long offset = id - base;
    long block = offset / SPAN;
    if (block > (count - 1) / PER_BLOCK) {
      return count;
    }
    int slot = (int) (offset % SPAN);
    int mask = mask((int) block);
    int below = Integer.bitCount(mask & ((1 << slot) - 1));
    long index = block * PER_BLOCK + below;
    return (int) Math.min(index, count);
  }

  private int mask(int block) {
    var rng = Rng.of(seed, kind, block);
    if (rng.chance(0.3)) {
      // A run of 8 consecutive ids.
      return 0xFF << rng.nextInt(SPAN - PER_BLOCK + 1);
    }
    int mask = 0;
    int chosen = 0;
    while (chosen < PER_BLOCK) {
      int bit = 1 << rng.nextInt(SPAN);
      if ((mask & bit) == 0) {
        mask |= bit;
        chosen++;
      }
    }
    return mask;
  }
}
