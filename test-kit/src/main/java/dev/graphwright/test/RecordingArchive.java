package dev.graphwright.test;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An archive that keeps no body (bodies pass through, pages are named "", as when archiving is
 * off) but remembers the signature of every request, so a client test can check what was asked.
 */
public final class RecordingArchive implements RawArchive {

  private final List<RequestSignature> requests = new CopyOnWriteArrayList<>();

  /** Every request captured so far, in order. */
  public List<RequestSignature> requests() {
    return List.copyOf(requests);
  }

  /** The requests to one API path. */
  public List<RequestSignature> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public boolean replaying() {
    return false;
  }

  @Override
  public RawCapture capture(RequestSignature request, InputStream body) {
    requests.add(request);
    return RawArchive.passThrough().capture(request, body);
  }

  @Override
  public Optional<RawCapture> replay(RequestSignature request) {
    return Optional.empty();
  }
}
