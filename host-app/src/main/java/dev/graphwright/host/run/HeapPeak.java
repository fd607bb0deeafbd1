package dev.graphwright.host.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/** The JVM's own accounting of peak heap use (the sum of the heap pools' peaks), and peak RSS. */
public final class HeapPeak {

  private HeapPeak() {}

  /** The process's peak resident set (VmHWM, Linux); 0 where /proc is not available. */
  public static long rssBytes() {
    try {
      for (var line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  public static long bytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
