package dev.graphwright.qualys.client.vm;

/**
 * Receives host detections as they stream: for each host, {@link #onHost} once, then {@link
 * #onDetection} per detection, then {@link #onHostEnd}. Pages are read by several workers, so the
 * methods are called <b>concurrently from different threads</b> (each host's calls come from one
 * thread, in order): implementations must be thread-safe. A page that fails mid-way and is retried
 * hands its hosts again; make handling idempotent (e.g. MERGE by key).
 */
public interface DetectionHandler {

  /** A host's header, before its detections. */
  void onHost(DetectionHost host);

  /** One detection of {@code host}. */
  void onDetection(DetectionHost host, Detection detection);

  /** All of {@code host}'s detections on this page have been handed on. */
  default void onHostEnd(DetectionHost host) {}
}
