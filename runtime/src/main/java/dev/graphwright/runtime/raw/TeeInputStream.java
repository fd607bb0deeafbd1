package dev.graphwright.runtime.raw;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies every byte read from a stream to an output, so archiving costs no buffered copy. A copy
 * that fails (a full disk) stops copying and never fails the read: the archive is a record of the
 * response, and losing it must not lose the response itself.
 */
final class TeeInputStream extends FilterInputStream {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(TeeInputStream.class);

  private final OutputStream copy;
  private boolean copyFailed;

  TeeInputStream(InputStream in, OutputStream copy) {
    super(in);
    this.copy = copy;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && !copyFailed) {
      try {
        copy.write(b);
      } catch (IOException e) {
        copyFailed(e);
      }
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0 && !copyFailed) {
      try {
        copy.write(buffer, offset, n);
      } catch (IOException e) {
        copyFailed(e);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must reach the archive too.
    var buffer = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  /** Whether the copy is incomplete because writing it failed. */
  boolean copyFailed() {
    return copyFailed;
  }

  private void copyFailed(IOException e) {
    copyFailed = true;
    log.error(
        "The raw archive could not keep a response ({}); the response is read all the same",
        e.getMessage());
  }

  /** Reads the rest of the stream so the copy is complete. */
  void drain() throws IOException {
    var buffer = new byte[8192];
    while (read(buffer, 0, buffer.length) >= 0) {
      // copying is the point
    }
  }
}
