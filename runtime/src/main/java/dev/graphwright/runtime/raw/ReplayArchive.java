package dev.graphwright.runtime.raw;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Serves a past run's archived responses instead of the network. Identical requests get the pages
 * in the order they were archived. Keeps only the index (one line per page) in memory.
 */
public final class ReplayArchive implements RawArchive {

  private final Path runDir;
  private final String pagePrefix;
  private final Map<String, Deque<String>> pagesBySignature = new HashMap<>();

  public ReplayArchive(Path rawRoot, String instanceId, String runId) {
    this.runDir = rawRoot.resolve(instanceId).resolve(runId);
    this.pagePrefix = instanceId + "/" + runId + "/";
    var index = runDir.resolve(FileRawArchive.INDEX);
    if (!Files.exists(index)) {
      throw new IllegalArgumentException("no raw archive for run " + runId + " of '" + instanceId
          + "' at " + runDir + " (was raw archiving on, or has retention removed it?)");
    }
    try (var lines = Files.lines(index)) {
      lines.forEach(line -> {
        int tab = line.indexOf('\t');
        pagesBySignature
            .computeIfAbsent(line.substring(tab + 1), k -> new ArrayDeque<>())
            .add(line.substring(0, tab));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + index, e);
    }
  }

  @Override
  public boolean replaying() {
    return true;
  }

  @Override
  public RawCapture capture(RequestSignature request, InputStream body) {
    throw new IllegalStateException("a replay does not archive: " + request);
  }

  @Override
  public synchronized Optional<RawCapture> replay(RequestSignature request) {
    var pages = pagesBySignature.get(request.canonical());
    if (pages == null || pages.isEmpty()) {
      return Optional.empty();
    }
    var name = pages.poll();
    try {
      var body = new GZIPInputStream(
          new BufferedInputStream(Files.newInputStream(runDir.resolve(name))), 1 << 16);
      return Optional.of(new Replayed(body, pagePrefix + name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read archived page " + name, e);
    }
  }

  private record Replayed(InputStream body, String page) implements RawCapture {
    @Override
    public void complete() {}

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
