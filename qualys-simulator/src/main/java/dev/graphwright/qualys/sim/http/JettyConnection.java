package dev.graphwright.qualys.sim.http;

import java.io.IOException;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.HttpChannel;
import wiremock.org.eclipse.jetty.server.HttpConnection;

/**
 * Reaches the Jetty connection that is sending the current response, to act below WireMock's
 * level: push out what was written so far, notice a client that hung up, or kill the connection.
 *
 * <p>Relies on the Jetty 11 shaded into {@code wiremock-standalone} 3.13.x and on being called on
 * the thread that writes the response (the one WireMock copies our body stream on). Every method
 * is a no-op when no connection is bound to the thread.
 */
final class JettyConnection {
  private JettyConnection() {}

  /** Sends the headers and every body byte written so far, as one chunk. */
  static void flush() throws IOException {
    HttpChannel channel = channel();
    if (channel != null) {
      channel.getResponse().flushBuffer();
    }
  }

  /**
   * Whether the client has closed its side. Reads from the socket directly: Jetty does not watch
   * the socket while a request is being handled, and this simulator never expects pipelined input.
   */
  static boolean clientGone() {
    HttpChannel channel = channel();
    if (channel == null) {
      return false;
    }
    EndPoint endPoint = channel.getEndPoint();
    if (!endPoint.isOpen()) {
      return true;
    }
    ByteBuffer probe = ByteBuffer.allocate(256);
    probe.limit(0);
    try {
      return endPoint.fill(probe) < 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** Aborts the connection mid-response; with {@code reset} the peer gets a TCP RST, not a FIN. */
  static void abort(boolean reset) {
    HttpChannel channel = channel();
    if (channel == null) {
      return;
    }
    if (reset && channel.getEndPoint().getTransport() instanceof SocketChannel socket) {
      try {
        socket.socket().setSoLinger(true, 0);
      } catch (SocketException e) {
        // The socket is already gone, which is what we wanted.
      }
    }
    channel.abort(new IOException("simulated connection abort"));
  }

  private static HttpChannel channel() {
    HttpConnection connection = HttpConnection.getCurrentConnection();
    return connection == null ? null : connection.getHttpChannel();
  }
}
