package dev.graphwright.qualys.sim.data;

/**
 * Builds IPv4 addresses that are unique per host index by construction, so the only shared
 * addresses are the ones the {@code sharedIp} share asks for.
 */
final class AddressPlan {
  private static final int[] PUBLIC_FIRST_OCTETS = {3, 13, 18, 34, 35, 44, 52, 54, 99, 104, 151, 185
  };

  private final int scramble;

  AddressPlan(long seed) {
    this.scramble = (int) (Rng.hash(seed, Kind.BASES, 99) & 0xFFFFFF);
  }

  /** A public address unique to this index (for indices below 2^24). */
  String publicAddress(int index) {
    int bits = spread(index);
    int first = PUBLIC_FIRST_OCTETS[Math.floorMod(index, PUBLIC_FIRST_OCTETS.length)];
    return first + "." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
  }

  /** A 10.0.0.0/8 address unique to this index. */
  String privateAddress(int index) {
    int bits = spread(index);
    return "10." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
  }

  /**
   * A 172.16.0.0/12 address, as EC2 VPCs use, unique to this index; beyond 2^20 indices the range
   * is exhausted and a 10.0.0.0/8 address (still unique to the index) is used.
   */
  String vpcAddress(int index) {
    if (index >= 1 << 20) {
      return privateAddress(index);
    }
    int bits = spread(index);
    return "172." + (16 + (bits >>> 16 & 0x0F)) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
  }

  // An odd multiplier is a bijection on 24 bits, so distinct indices keep distinct addresses.
  private int spread(int index) {
    return (index * 0x9E3779 + scramble) & 0xFFFFFF;
  }
}
