package dev.graphwright.qualys.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** HTTP/1.1 over a plain socket, for what java.net.http hides: header order, chunking, the wire. */
final class RawHttp {
  private RawHttp() {}

  /** Status line and header lines in wire order, and the socket positioned at the body. */
  record Head(String statusLine, List<String> headers, Socket socket, InputStream body) {}

  static Socket connect(int port) throws IOException {
    var socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    return socket;
  }

  /** Sends an authenticated GET and reads the head. */
  static Head get(int port, String pathAndQuery) throws IOException {
    Socket socket = connect(port);
    String auth = Base64.getEncoder()
        .encodeToString("qualys-user:qualys-pass".getBytes(StandardCharsets.UTF_8));
    String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nAuthorization: Basic " + auth + "\r\nX-Requested-With: raw\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    String status = line(in);
    var headers = new ArrayList<String>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      headers.add(line);
    }
    return new Head(status, headers, socket, in);
  }

  /** Header names in order, lower-cased. */
  static List<String> names(Head head) {
    return head.headers().stream()
        .map(h -> h.substring(0, h.indexOf(':')).toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  private static String line(InputStream in) throws IOException {
    var buf = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        buf.write(c);
      }
    }
    return buf.toString(StandardCharsets.US_ASCII);
  }
}
