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
   * When replaying: the archived response to this request, as a capture whose {@link
   * RawCapture#page()} names the archived page (completing or closing it writes nothing).
   * Identical requests are served in the order they were archived. Empty when the archive holds
   * no (more) response for this request.
   */
  Optional<RawCapture> replay(RequestSignature request);

  /**
   * The archive that keeps nothing: bodies pass through unchanged and pages have no name. The host
   * uses it when archiving is off; a plugin's unit tests may hand it to a client.
   */
  static RawArchive passThrough() {
    return PassThroughArchive.INSTANCE;
  }
}
