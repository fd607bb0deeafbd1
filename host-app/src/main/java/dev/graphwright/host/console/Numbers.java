package dev.graphwright.host.console;

import java.util.Locale;

/** Human-friendly numbers and durations for the console. */
public final class Numbers {

  private Numbers() {}

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public static String rate(double perSecond) {
    return perSecond >= 100
        ? String.format(Locale.ROOT, "%,.0f/s", perSecond)
        : String.format(Locale.ROOT, "%.1f/s", perSecond);
  }

  public static String seconds(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
