package dev.graphwright.host.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/** The JVM's own accounting of peak heap use: the sum of the heap pools' peaks. */
public final class HeapPeak {

  private HeapPeak() {}

  public static long bytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
