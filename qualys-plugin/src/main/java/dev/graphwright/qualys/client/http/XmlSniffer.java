package dev.graphwright.qualys.client.http;

import dev.graphwright.api.error.ProviderApiException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a body looks like XML before it is parsed, so an HTML error page or a CSV answer
 * fails with a clear message instead of a parser error.
 */
final class XmlSniffer {

  private static final int PEEK = 256;

  private XmlSniffer() {}

  static InputStream requireXml(InputStream body, String endpoint) throws IOException {
    var buffered = new BufferedInputStream(body, 64 * 1024);
    buffered.mark(PEEK);
    byte[] head = buffered.readNBytes(PEEK);
    buffered.reset();
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < head.length && head[i] != '<') {
      throw notXml(endpoint, "a body starting with '" + snippet(head, i) + "'");
    }
    return buffered;
  }

  static ProviderApiException notXml(String endpoint, String what) {
    return QualysErrors.notAQualysApi(endpoint, 200, what + " instead of XML");
  }

  private static String snippet(byte[] head, int from) {
    String text = new String(head, from, Math.min(80, head.length - from), StandardCharsets.UTF_8);
    return text.replaceAll("\\s+", " ");
  }
}
