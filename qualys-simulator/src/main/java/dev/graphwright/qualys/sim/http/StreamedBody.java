package dev.graphwright.qualys.sim.http;

import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.xml.XmlOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The body of one response, generated while WireMock copies it to the socket.
 *
 * <p>Nothing happens until the first real read: WireMock also opens the body once to log it, with
 * a zero-byte read, and that must neither delay nor count. The latency is spent before the first
 * byte. A transport fault holds back the first few kilobytes, picks a cut point inside a tag, and
 * then ends the body there (truncate), kills the connection (reset) or stops sending (stall).
 * {@link #close()} after a real read ends the call, releasing its concurrency slot.
 */
public final class StreamedBody extends InputStream {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StreamedBody.class);
  private static final int TARGET_CHUNK = 32 * 1024;

  private final BodyWriter writer;
  private final Reply reply;
  private final Delivery delivery;
  private final XmlOut out = new XmlOut();
  private boolean started;
  private boolean writerDone;
  private boolean cutPending;
  private boolean closed;

  /**
   * What the stream needs from the simulator.
   *
   * @param bytesServed receives the size of every piece sent
   * @param faultInjected told when a transport fault takes effect
   * @param stopping true once the simulator is shutting down (ends stalls)
   * @param stallMaxMs how long a stall holds the connection at most
   */
  public record Delivery(
      IntConsumer bytesServed,
      java.util.function.Consumer<FaultKind> faultInjected,
      BooleanSupplier stopping,
      long stallMaxMs) {}

  public StreamedBody(Reply reply, Delivery delivery) {
    this.writer = reply.body();
    this.reply = reply;
    this.delivery = delivery;
  }

  @Override
  public int read() throws IOException {
    var one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!started) {
      started = true;
      sleep(reply.firstByteDelayMs());
      if (reply.transportFault() != null) {
        prepareCut();
      }
    }
    if (out.available() == 0) {
      if (cutPending) {
        return breakDelivery();
      }
      if (writerDone) {
        return -1;
      }
      fill();
      if (out.available() == 0) {
        return -1;
      }
    }
    int n = out.drain(b, off, len);
    delivery.bytesServed().accept(n);
    return n;
  }

  @Override
  public void close() {
    if (started && !closed) {
      closed = true;
      if (reply.slot() != null) {
        reply.slot().release();
      }
    }
  }

  private void fill() throws IOException {
    try {
      while (!writerDone && out.available() < TARGET_CHUNK) {
        writerDone = !writer.writeNext(out);
      }
    } catch (RuntimeException e) {
      // A bug while generating: the client sees an aborted body, the log says why.
      log.error("Simulator failure while streaming a response body", e);
      throw new IOException("simulator failure while streaming", e);
    }
  }

  // Generates at least the hinted number of bytes (or the whole body if it is shorter), then cuts
  // inside a tag so that the XML is certainly broken.
  private void prepareCut() {
    int hint = Math.max(64, reply.cutHint());
    while (!writerDone && out.available() < hint) {
      writerDone = !writer.writeNext(out);
    }
    int nominal = writerDone && out.available() <= hint ? out.available() / 2 : hint;
    int tag = out.lastTagStartBefore(nominal);
    int cut = tag > 0 ? tag + 2 : Math.max(1, nominal);
    out.truncate(cut);
    cutPending = true;
  }

  private int breakDelivery() throws IOException {
    FaultKind fault = reply.transportFault();
    cutPending = false;
    writerDone = true;
    delivery.faultInjected().accept(fault);
    if (fault == FaultKind.TRUNCATE) {
      return -1;
    }
    JettyConnection.flush();
    if (fault == FaultKind.STALL) {
      stall();
    } else {
      // Let the partial body reach the client before the connection is killed.
      sleep(100);
    }
    JettyConnection.abort(fault == FaultKind.RESET);
    throw new IOException("simulated " + fault.label());
  }

  private void stall() throws IOException {
    long deadline = System.nanoTime() + delivery.stallMaxMs() * 1_000_000L;
    while (System.nanoTime() - deadline < 0 && !delivery.stopping().getAsBoolean()) {
      if (JettyConnection.clientGone()) {
        return;
      }
      sleep(200);
    }
  }

  private static void sleep(long ms) throws IOException {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while delaying the response");
    }
  }
}
