package dev.graphwright.qualys.sim.api;

/** A QPS request Qualys answers with HTTP 200 and {@code responseCode} INVALID_REQUEST. */
final class QpsException extends RuntimeException {
  private final String resolution;

  QpsException(String message, String resolution) {
    super(message);
    this.resolution = resolution;
  }

  /** The {@code errorResolution} text. */
  String resolution() {
    return resolution;
  }
}
