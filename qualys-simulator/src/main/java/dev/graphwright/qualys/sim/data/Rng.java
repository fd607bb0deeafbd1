package dev.graphwright.qualys.sim.data;

/**
 * A tiny SplitMix64 generator keyed by (seed, kind, indices).
 *
 * <p>Every record of the simulated account is derived from its own key, so any record can be
 * produced on demand, in any order, without holding the account in memory. The algorithm is
 * written out here (rather than using {@code SplittableRandom}) so the data stays identical across
 * JDK versions.
 */
public final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /** A generator for record {@code a} of the given kind. */
  public static Rng of(long seed, long kind, long a) {
    return new Rng(hash(seed, kind, a));
  }

  /** A generator for record {@code (a, b)} of the given kind, e.g. detection b of host a. */
  public static Rng of(long seed, long kind, long a, long b) {
    return new Rng(hash(seed, kind, a, b));
  }

  /** A well-mixed 64-bit hash of (seed, kind, a). */
  public static long hash(long seed, long kind, long a) {
    return mix(mix(mix(seed + GOLDEN) ^ kind * GOLDEN) + a * 0xD1B54A32D192ED03L);
  }

  /** A well-mixed 64-bit hash of (seed, kind, a, b). */
  public static long hash(long seed, long kind, long a, long b) {
    return mix(hash(seed, kind, a) ^ (b + 1) * 0xAF251AF3B0F025B5L);
  }

  /** The SplitMix64 finaliser. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** A uniform int in {@code [0, bound)}; bound must be positive. */
  public int nextInt(int bound) {
    return (int) ((nextLong() >>> 1) % bound);
  }

  /** A uniform int in {@code [min, max]}. */
  public int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** A uniform double in {@code [0, 1)}. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return nextDouble() < p;
  }

  /** One element of {@code values}, uniformly. */
  public <T> T pick(T[] values) {
    return values[nextInt(values.length)];
  }

  /** {@code n} lower-case hex digits. */
  public String hex(int n) {
    var sb = new StringBuilder(n);
    while (sb.length() < n) {
      long bits = nextLong();
      for (int i = 0; i < 16 && sb.length() < n; i++, bits >>>= 4) {
        sb.append(Character.forDigit((int) (bits & 0xF), 16));
      }
    }
    return sb.toString();
  }

  /** A version-4 style UUID string. */
  public String uuid() {
    long msb = (nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new java.util.UUID(msb, lsb).toString();
  }
}
