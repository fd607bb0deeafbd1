package dev.graphwright.qualys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.client.bench.LargeResponseMain;
import dev.graphwright.qualys.client.support.FakeQualysServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One response of 1M detections (50k hosts × 20) parsed in a forked JVM with a 128 MiB heap. */
class LargeResponseTest {

  @Test
  void millionDetectionResponseStreamsThroughA128MiBHeap(@TempDir Path dir) throws Exception {
    try (var server = new FakeQualysServer(50_000, 20, 10, 0, 0)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path gcLog = dir.resolve("gc.log");
      var process = new ProcessBuilder(List.of(
              java,
              "-Xmx128m",
              "-XX:+UseSerialGC",
              "-Xlog:gc:file=" + gcLog,
              "-cp",
              System.getProperty("java.class.path"),
              LargeResponseMain.class.getName(),
              server.baseUrl(),
              "50000"))
          .redirectErrorStream(true)
          .start();
      String output = readAll(process);
      assertTrue(process.waitFor(100, TimeUnit.SECONDS), "finished in time");
      assertEquals(0, process.exitValue(), output);

      var matcher = Pattern.compile("detections=(\\d+) failures=(\\d+) peakHeapMiB=(\\d+)")
          .matcher(output);
      assertTrue(matcher.find(), output);
      assertEquals(1_000_000, Long.parseLong(matcher.group(1)), output);
      assertEquals(0, Long.parseLong(matcher.group(2)), output);
      // What the parser keeps, not what -Xmx allows: the heap in use right after each collection
      // ("Pause Young (Allocation Failure) 34M->1M(123M)": before->after(committed)).
      var afterGc = Files.readAllLines(gcLog).stream()
          .map(Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)")::matcher)
          .filter(Matcher::find)
          .mapToLong(m -> Long.parseLong(m.group(2)))
          .summaryStatistics();
      assertTrue(
          afterGc.getCount() > 10, "a million detections make the collector work: " + afterGc);
      assertTrue(
          afterGc.getMax() <= 32, "at most a quarter of the 128 MiB heap stays in use: " + afterGc);
      assertEquals(1, server.requests(), "a single response");
      System.out.println(
          output.lines().filter(l -> l.startsWith("detections=")).findFirst().orElse("")
              + " heapAfterGcMiB=" + afterGc);
    }
  }

  private static String readAll(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
