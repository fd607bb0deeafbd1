package dev.graphwright.qualys.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serves a 1,000,000-detection account (50,000 hosts x 20) from a simulator JVM limited to
 * {@value #HEAP} of heap, to a client that counts {@code <DETECTION>} tags and discards the bytes.
 */
class HeapBoundTest {
  private static final String HEAP = "-Xmx32m";
  private static final Pattern START =
      Pattern.compile("Qualys simulator listening on (http://\\S+) .*detections (\\d+)\\)");
  private static final Pattern NEXT = Pattern.compile("<URL><!\\[CDATA\\[(.*?)]]></URL>");
  private static final String ALL =
      "&status=New,Active,Re-Opened,Fixed&show_igs=1&include_ignored=1&include_disabled=1";

  @Test
  void servesAMillionDetectionsWithinASmallHeap(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path gcLog = dir.resolve("gc.log");
    var process = new ProcessBuilder(
            java,
            HEAP,
            "-Xlog:gc:file=" + gcLog,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.graphwright.qualys.sim.Main",
            "--port",
            "0",
            "--hosts",
            "50000",
            "--detections-per-host",
            "20",
            "--now",
            "2026-03-01T12:00:00Z",
            "--rate-limit",
            "0")
        .redirectErrorStream(true)
        .start();
    try {
      var stdout = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = stdout.readLine();
      var start = START.matcher(line == null ? "" : line);
      assertTrue(start.matches(), "start line: " + line);
      String baseUrl = start.group(1);
      long total = Long.parseLong(start.group(2));
      assertTrue(total > 950_000 && total < 1_050_000, "about a million detections: " + total);
      var client = new SimClient(baseUrl, "qualys-user", "qualys-pass");

      long counted = 0;
      int pages = 0;
      String url = "/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=10000" + ALL;
      while (url != null) {
        var response = client.stream(client.request(url).build());
        assertEquals(200, response.statusCode());
        var scan = new TagCounter("<DETECTION>");
        try (InputStream body = response.body()) {
          scan.consume(body);
        }
        counted += scan.count();
        var next = NEXT.matcher(scan.tail());
        url = next.find() ? next.group(1) : null;
        pages++;
      }

      assertEquals(total, counted);
      assertEquals(5, pages);
      var expected = new ObjectMapper()
          .readTree(client
              .plainGet("/__sim/expected?types=Confirmed,Potential,Info"
                  + "&statuses=New,Active,Re-Opened,Fixed&include_ignored=1&include_disabled=1")
              .body());
      assertEquals(total, expected.at("/hostFindings").asLong());
      var heap =
          new ObjectMapper().readTree(client.plainGet("/__sim/metrics").body()).at("/heap");
      assertTrue(process.isAlive(), "the simulator survived");
      // What the simulator keeps, not what -Xmx allows: the heap in use right after each
      // collection.
      var afterGc = GcLog.heapAfterCollectionsMiB(gcLog);
      assertTrue(
          afterGc.getCount() > 10, "a million detections make the collector work: " + afterGc);
      assertTrue(
          afterGc.getMax() <= 16, "at most half of the 32 MiB heap stays in use: " + afterGc);
      System.out.printf(
          "1M detections (%d bytes) served in %d pages with %s; heap after GC %s; heap %s%n",
          new ObjectMapper()
              .readTree(client.plainGet("/__sim/metrics").body())
              .at("/bytesServed")
              .asLong(),
          pages,
          HEAP,
          afterGc,
          heap);
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Counts a tag in a byte stream and keeps the last few kilobytes, holding nothing else. */
  private static final class TagCounter {
    private final byte[] tag;
    private final byte[] tail = new byte[8192];
    private int tailSize;
    private int matched;
    private long count;

    TagCounter(String tag) {
      this.tag = tag.getBytes(StandardCharsets.US_ASCII);
    }

    void consume(InputStream in) throws IOException {
      var buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) >= 0) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          // Tags start with '<', which never occurs inside one, so a mismatch restarts cleanly.
          matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
          if (matched == tag.length) {
            count++;
            matched = 0;
          }
        }
        int keep = Math.min(n, tail.length);
        if (tailSize + keep > tail.length) {
          int drop = tailSize + keep - tail.length;
          System.arraycopy(tail, drop, tail, 0, tailSize - drop);
          tailSize -= drop;
        }
        System.arraycopy(buf, n - keep, tail, tailSize, keep);
        tailSize += keep;
      }
    }

    long count() {
      return count;
    }

    String tail() {
      return new String(tail, 0, tailSize, StandardCharsets.UTF_8);
    }
  }
}
