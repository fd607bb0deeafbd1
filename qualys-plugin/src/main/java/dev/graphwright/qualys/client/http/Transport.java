package dev.graphwright.qualys.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.xml.stream.XMLStreamException;

/** Classifies transport failures. */
final class Transport {

  private Transport() {}

  /** The API host does not exist or refuses connections: a config problem, not worth retrying. */
  static boolean unreachable(Throwable e) {
    return e instanceof UnknownHostException
        || e instanceof ConnectException
        || e instanceof NoRouteToHostException;
  }

  /** Whether the calling thread was interrupted (not a socket timeout, which shares the type). */
  static boolean interrupted(Throwable e) {
    if (Thread.currentThread().isInterrupted()) {
      return true;
    }
    Throwable io = e instanceof XMLStreamException x && x.getNestedException() != null
        ? x.getNestedException()
        : e;
    return io instanceof InterruptedIOException && !(io instanceof SocketTimeoutException);
  }

  /** Whether a parse failure was really an I/O failure under the parser (reset, timeout). */
  static boolean isIo(Throwable e) {
    return e instanceof IOException
        || (e instanceof XMLStreamException x && x.getNestedException() instanceof IOException)
        || e.getCause() instanceof IOException;
  }

  static String describe(Throwable e) {
    if (e instanceof XMLStreamException && !isIo(e)) {
      return "malformed or truncated XML: " + String.valueOf(e.getMessage()).replace('\n', ' ');
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
