package dev.graphwright.qualys.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.client.bench.LargeResponseMain;
import dev.graphwright.qualys.client.support.FakeQualysServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One response of 1M detections (50k hosts × 20) parsed in a forked JVM with a 128 MiB heap. */
class LargeResponseTest {

  @Test
  void millionDetectionResponseStreamsThroughA128MiBHeap() throws Exception {
    try (var server = new FakeQualysServer(50_000, 20, 10, 0, 0)) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), LargeResponseMain.class.getName(),
          server.baseUrl(), "50000"))
          .redirectErrorStream(true).start();
      String output = readAll(process);
      assertTrue(process.waitFor(100, TimeUnit.SECONDS), "finished in time");
      assertEquals(0, process.exitValue(), output);

      var matcher = Pattern.compile("detections=(\\d+) failures=(\\d+) peakHeapMiB=(\\d+)").matcher(output);
      assertTrue(matcher.find(), output);
      assertEquals(1_000_000, Long.parseLong(matcher.group(1)), output);
      assertEquals(0, Long.parseLong(matcher.group(2)), output);
      assertTrue(Long.parseLong(matcher.group(3)) <= 128, output);
      assertEquals(1, server.requests(), "a single response");
      System.out.println(output.lines().filter(l -> l.startsWith("detections=")).findFirst().orElse(""));
    }
  }

  private static String readAll(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
