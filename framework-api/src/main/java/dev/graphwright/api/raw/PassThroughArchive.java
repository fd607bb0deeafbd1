package dev.graphwright.api.raw;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The archive that keeps nothing: bodies pass through (closing the capture closes the body), pages
 * have no name, nothing replays.
 */
final class PassThroughArchive implements RawArchive {

  static final PassThroughArchive INSTANCE = new PassThroughArchive();

  private PassThroughArchive() {}

  @Override
  public boolean replaying() {
    return false;
  }

  @Override
  public RawCapture capture(RequestSignature request, InputStream body) {
    return new RawCapture() {
      @Override
      public InputStream body() {
        return body;
      }

      @Override
      public String page() {
        return "";
      }

      @Override
      public void complete() {}

      @Override
      public void close() throws IOException {
        body.close();
      }
    };
  }

  @Override
  public Optional<RawCapture> replay(RequestSignature request) {
    return Optional.empty();
  }
}
