package dev.graphwright.api.raw;

import java.io.InputStream;
import java.util.Optional;

/**
 * The raw-data archive of a run: API responses are written compressed to disk while they stream,
 * and served back when the run is a replay.
 */
public interface RawArchive {

  /** Whether this run replays an archive instead of calling the network. */
  boolean replaying();

  /**
   * Wraps a response body so that reading it archives it. When archiving is switched off, the
   * capture passes the body through and its page is empty.
   */
  RawCapture capture(RequestSignature request, InputStream body);

  /**
   * The archived body of this request, when replaying. Identical requests are served in the order
   * they were archived.
   */
  Optional<InputStream> replay(RequestSignature request);
}
