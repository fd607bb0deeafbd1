package dev.graphwright.qualys;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.InputStream;
import java.util.Optional;

/** The invocation check archives nothing: its calls are not part of any run's data. */
final class NoArchive implements RawArchive {

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
      public void close() {}
    };
  }

  @Override
  public Optional<RawCapture> replay(RequestSignature request) {
    return Optional.empty();
  }
}
