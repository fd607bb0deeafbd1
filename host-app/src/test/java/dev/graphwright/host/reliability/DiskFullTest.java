package dev.graphwright.host.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.neo4j.testing.TestGraph;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk that holds the embedded graph fills up in the middle of a run: a size-capped tmpfs is
 * the data directory, and a file takes its last byte while detections are being written. The run
 * must stop with exit code 2 and a message that says the disk is full and what to do, without
 * hanging in Neo4j's shutdown (which retries flushing forever) and without stack traces on the
 * console. Once space is freed, the next run converges to a clean run's graph.
 *
 * <p>Mounting needs root (CI runs as root); elsewhere the test is skipped, saying why.
 */
class DiskFullTest {

  private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  static Path dir;

  private static Path data;
  private static CrashDrill drill;
  private static GraphSnapshot clean;

  @BeforeAll
  static void mountSmallDisk() throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    int mounted =
        exec("mount", "-t", "tmpfs", "-o", "size=512m,mode=0700", "tmpfs", data.toString());
    Assumptions.assumeTrue(
        mounted == 0, "cannot mount a tmpfs (needs root): the disk-full drill is skipped");
    drill = new CrashDrill(dir, 29, true);
    clean = drill.cleanRun();
  }

  @AfterAll
  static void unmount() throws Exception {
    if (drill != null) {
      drill.close();
    }
    exec("umount", "-l", data.toString());
  }

  @Test
  void aRunThatFillsTheDiskStopsWithAClearMessageAndTheNextRunConverges() throws Exception {
    var instance = TestGraph.newInstance("disk-full");
    var filler = data.resolve("filler");
    try (var fork = drill.startSlow(instance)) {
      assertTrue(
          fork.await(() -> drill.slow().metrics().requests("detection") >= 3, PHASE_TIMEOUT),
          "never reached the third detection page:\n" + fork.output());
      long filled = fill(filler);
      assertTrue(filled > 0, "the filler took the disk's free space");

      // Against the slow simulator the failing run still takes about three minutes to end.
      int exit = fork.awaitExit(Duration.ofMinutes(8));
      var output = fork.output();
      assertEquals(2, exit, output);
      assertTrue(
          output.contains("error: no space left on the disk")
              || output.contains("error: the graph database stopped taking writes"),
          output);
      assertTrue(output.contains("The disk holding " + data.toAbsolutePath() + " is full"), output);
      assertTrue(output.contains("run the same command again"), output);
      assertFalse(
          output.lines().anyMatch(line -> line.startsWith("\tat ")),
          "no stack trace on the console:\n" + output);
    } finally {
      Files.deleteIfExists(filler);
    }
    drill.assertRecovers(instance, clean, List.of("FAILED", "RUNNING"));
  }

  /** Writes zeros until the disk refuses; returns the bytes written. */
  private static long fill(Path file) throws IOException {
    long written = 0;
    var chunk = ByteBuffer.allocate(1 << 16);
    try (var channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      while (true) {
        chunk.clear();
        written += channel.write(chunk);
      }
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
        throw e;
      }
    }
    return written;
  }

  private static int exec(String... command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    if (process.exitValue() != 0) {
      System.err.println(String.join(" ", command) + ": " + output);
    }
    return process.exitValue();
  }
}
