package dev.graphwright.api.raw;

import java.io.IOException;
import java.io.InputStream;

/**
 * A response body being archived while it is read: reading {@link #body()} writes the same bytes,
 * compressed, to the archive. Close it when the body has been read, successfully or not.
 */
public interface RawCapture extends AutoCloseable {

  /** The stream to read instead of the original body. */
  InputStream body();

  /** The archived page's name, for {@link dev.graphwright.api.graph.RawRef}. */
  String page();

  /**
   * Marks the page complete. A capture closed without it is discarded (a failed or retried page
   * leaves nothing behind).
   */
  void complete();

  @Override
  void close() throws IOException;
}
