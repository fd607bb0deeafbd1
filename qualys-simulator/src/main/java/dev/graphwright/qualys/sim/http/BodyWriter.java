package dev.graphwright.qualys.sim.http;

import dev.graphwright.qualys.sim.xml.XmlOut;

/**
 * Produces a response body piece by piece, so that only one record at a time is in memory.
 * Called on the server thread that sends the response.
 */
@FunctionalInterface
public interface BodyWriter {
  /**
   * Appends the next piece of the body.
   *
   * @return false once the body is complete; nothing is appended after that
   */
  boolean writeNext(XmlOut out);

  /** A body written in one piece. */
  static BodyWriter of(java.util.function.Consumer<XmlOut> whole) {
    return out -> {
      whole.accept(out);
      return false;
    };
  }
}
