package dev.graphwright.qualys.client.support;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** An archive switched off: bodies pass through, pages are named "" (as the SPI specifies). */
public final class PassThroughArchive implements RawArchive {

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
