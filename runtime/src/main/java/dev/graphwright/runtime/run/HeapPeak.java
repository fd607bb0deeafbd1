package dev.graphwright.runtime.run;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's own accounting of heap use: the sum of the heap pools' peaks (bounded by what the JVM
 * chose to commit, young generation included), and the peak of the heap in use right after a
 * major collection (what the process actually kept: the figure that would grow if memory grew
 * with the data); and the process's peak RSS. After a minor collection the old generation still
 * holds whatever garbage was promoted since the last major one, so those figures only count when
 * no major collection happened at all.
 */
public final class HeapPeak {

  private static final AtomicLong LIVE_PEAK = new AtomicLong();
  private static final AtomicLong AFTER_ANY_PEAK = new AtomicLong();
  private static boolean watching;

  private HeapPeak() {}

  /** Starts following collections, for {@link #liveBytes()}. */
  public static synchronized void watchCollections() {
    if (watching) {
      return;
    }
    watching = true;
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(pool -> pool.getName())
        .collect(Collectors.toSet());
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                return;
              }
              var info = GarbageCollectionNotificationInfo.from(
                  (CompositeData) notification.getUserData());
              long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                  .filter(entry -> heapPools.contains(entry.getKey()))
                  .mapToLong(entry -> entry.getValue().getUsed())
                  .sum();
              AFTER_ANY_PEAK.accumulateAndGet(used, Math::max);
              if (info.getGcAction().contains("major")) {
                LIVE_PEAK.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  /**
   * The largest heap in use after a major collection since {@link #watchCollections()}; without
   * one, after any collection (an upper bound); 0 before the first.
   */
  public static long liveBytes() {
    long live = LIVE_PEAK.get();
    return live > 0 ? live : AFTER_ANY_PEAK.get();
  }

  /** The process's peak resident set (VmHWM, Linux); 0 where /proc is not available. */
  public static long rssBytes() {
    try {
      for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
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
