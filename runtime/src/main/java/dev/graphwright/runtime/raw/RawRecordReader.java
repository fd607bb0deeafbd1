package dev.graphwright.runtime.raw;

import dev.graphwright.api.graph.RawRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads one record back out of an archived page, for {@code host-app raw <key>}. */
public final class RawRecordReader {

  private final Path rawRoot;

  public RawRecordReader(Path rawRoot) {
    this.rawRoot = rawRoot;
  }

  /** The record's text, or an explanation when its page is gone. */
  public String read(RawRef ref) throws IOException {
    var page = rawRoot.resolve(ref.page()).normalize();
    if (!page.startsWith(rawRoot.normalize())) {
      throw new IOException("raw reference points outside the archive: " + ref.page());
    }
    if (!Files.exists(page)) {
      throw new IOException(
          "the archived page " + ref.page() + " is gone (removed by raw-archive retention)");
    }
    try (var reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(page), 1 << 16), StandardCharsets.UTF_8))) {
      long skipped = 0;
      while (skipped < ref.start()) {
        long n = reader.skip(ref.start() - skipped);
        if (n <= 0) {
          throw new IOException("the archived page is shorter than the reference " + ref.encode());
        }
        skipped += n;
      }
      int length = (int) Math.min(ref.end() - ref.start(), 64L << 20);
      var chars = new char[length];
      int read = 0;
      while (read < length) {
        int n = reader.read(chars, read, length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
      return new String(chars, 0, read);
    }
  }
}
