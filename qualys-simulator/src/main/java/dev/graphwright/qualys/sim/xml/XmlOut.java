package dev.graphwright.qualys.sim.xml;

/**
 * An append-only, indented XML writer over a growable byte buffer, drained by the response stream.
 *
 * <p>It writes UTF-8 with an ASCII fast path, escapes text, splits {@code ]]>} inside CDATA and
 * keeps no document state beyond the indentation depth, so a body can be produced one record at a
 * time and the buffer reused.
 */
public final class XmlOut {
  private byte[] buf = new byte[16 * 1024];
  private int size;
  private int readPos;
  private int depth;

  /** The XML declaration as Qualys writes it (with a space before {@code ?>}). */
  public XmlOut declaration() {
    return ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
  }

  /** A DOCTYPE with a SYSTEM identifier. */
  public XmlOut doctype(String root, String systemUrl) {
    ascii("<!DOCTYPE ").ascii(root).ascii(" SYSTEM \"").text(systemUrl).ascii("\">\n");
    return this;
  }

  /** A comment on its own line. The text must not contain {@code --}. */
  public XmlOut comment(String text) {
    indent();
    return ascii("<!--").utf8(text).ascii("-->\n");
  }

  /** An opening tag on its own line. */
  public XmlOut open(String name) {
    indent();
    ascii("<").ascii(name).ascii(">\n");
    depth++;
    return this;
  }

  /** An opening tag with attributes given as name/value pairs. */
  public XmlOut open(String name, String... attributes) {
    indent();
    ascii("<").ascii(name);
    attributes(attributes);
    ascii(">\n");
    depth++;
    return this;
  }

  /** A closing tag on its own line. */
  public XmlOut close(String name) {
    depth--;
    indent();
    return ascii("</").ascii(name).ascii(">\n");
  }

  /** An element with escaped text; nothing when {@code text} is null. */
  public XmlOut leaf(String name, String text) {
    if (text == null) {
      return this;
    }
    indent();
    return ascii("<").ascii(name).ascii(">").text(text).ascii("</").ascii(name).ascii(">\n");
  }

  /** An element holding a number. */
  public XmlOut leaf(String name, long value) {
    indent();
    return ascii("<")
        .ascii(name)
        .ascii(">")
        .ascii(Long.toString(value))
        .ascii("</")
        .ascii(name)
        .ascii(">\n");
  }

  /** An element holding a decimal with one fraction digit; nothing when negative. */
  public XmlOut leafDecimal(String name, double value) {
    if (value < 0) {
      return this;
    }
    indent();
    return ascii("<")
        .ascii(name)
        .ascii(">")
        .ascii(String.format(java.util.Locale.ROOT, "%.1f", value))
        .ascii("</")
        .ascii(name)
        .ascii(">\n");
  }

  /** An element holding 0 or 1. */
  public XmlOut leafFlag(String name, boolean value) {
    return leaf(name, value ? 1 : 0);
  }

  /** An element holding {@code true} or {@code false}. */
  public XmlOut leafBoolean(String name, boolean value) {
    return leaf(name, value ? "true" : "false");
  }

  /** An element whose text is in a CDATA section; nothing when {@code text} is null. */
  public XmlOut leafCdata(String name, String text) {
    if (text == null) {
      return this;
    }
    indent();
    return ascii("<").ascii(name).ascii(">").cdata(text).ascii("</").ascii(name).ascii(">\n");
  }

  /** An element holding a UTC timestamp; nothing when {@code epochSecond} is 0 or less. */
  public XmlOut leafDate(String name, long epochSecond) {
    if (epochSecond <= 0) {
      return this;
    }
    indent();
    ascii("<").ascii(name).ascii(">");
    ensure(20);
    IsoDates.write(epochSecond, buf, size);
    size += 20;
    return ascii("</").ascii(name).ascii(">\n");
  }

  /** An empty element, e.g. {@code <list/>}, with optional attribute pairs. */
  public XmlOut empty(String name, String... attributes) {
    indent();
    ascii("<").ascii(name);
    attributes(attributes);
    return ascii("/>\n");
  }

  /** Bytes written verbatim, for deliberately broken output. */
  public XmlOut raw(String text) {
    return utf8(text);
  }

  /** A verbatim line at the current indentation, for deliberately odd elements. */
  public XmlOut rawLine(String text) {
    indent();
    return utf8(text).ascii("\n");
  }

  /** A CDATA section; {@code ]]>} in the text is split across two sections. */
  public XmlOut cdata(String text) {
    ascii("<![CDATA[");
    int from = 0;
    int at;
    while ((at = text.indexOf("]]>", from)) >= 0) {
      utf8(text.substring(from, at + 2)).ascii("]]><![CDATA[");
      from = at + 2;
    }
    return utf8(text.substring(from)).ascii("]]>");
  }

  /** Escaped character data. */
  public XmlOut text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> ascii("&amp;");
        case '<' -> ascii("&lt;");
        case '>' -> ascii("&gt;");
        case '"' -> ascii("&quot;");
        default -> {
          if (c < 0x80) {
            ensure(1);
            buf[size++] = (byte) c;
          } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            // A character outside the BMP is one code point: encode the pair together.
            utf8(text.substring(i, i + 2));
            i++;
          } else {
            utf8(String.valueOf(c));
          }
        }
      }
    }
    return this;
  }

  /** Bytes not yet drained. */
  public int available() {
    return size - readPos;
  }

  /** Total bytes written since the last {@link #clear()}, drained or not. */
  public int size() {
    return size;
  }

  /** Copies up to {@code len} undrained bytes into {@code dst}; returns how many. */
  public int drain(byte[] dst, int off, int len) {
    int n = Math.min(len, size - readPos);
    System.arraycopy(buf, readPos, dst, off, n);
    readPos += n;
    if (readPos == size) {
      clear();
    }
    return n;
  }

  /** Discards undrained bytes beyond {@code newSize} (used to cut a body short). */
  public void truncate(int newSize) {
    size = Math.max(readPos, Math.min(size, newSize));
  }

  /** The position of the last {@code '<'} before {@code pos}, or -1. */
  public int lastTagStartBefore(int pos) {
    for (int i = Math.min(pos, size) - 1; i >= readPos; i--) {
      if (buf[i] == '<') {
        return i;
      }
    }
    return -1;
  }

  /** Forgets all content; keeps the buffer and the indentation depth. */
  public void clear() {
    size = 0;
    readPos = 0;
    if (buf.length > 256 * 1024) {
      buf = new byte[16 * 1024];
    }
  }

  private void attributes(String[] attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      ascii(" ").ascii(attributes[i]).ascii("=\"").text(attributes[i + 1]).ascii("\"");
    }
  }

  private void indent() {
    ensure(depth * 2);
    for (int i = 0; i < depth * 2; i++) {
      buf[size++] = ' ';
    }
  }

  private XmlOut ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  private XmlOut utf8(String s) {
    int n = s.length();
    ensure(n * 3);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[size++] = (byte) c;
      } else if (c < 0x800) {
        buf[size++] = (byte) (0xC0 | c >> 6);
        buf[size++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[size++] = (byte) (0xF0 | cp >> 18);
        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[size++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate has no UTF-8 form: write U+FFFD, as a strict encoder does.
        buf[size++] = (byte) 0xEF;
        buf[size++] = (byte) 0xBF;
        buf[size++] = (byte) 0xBD;
      } else {
        buf[size++] = (byte) (0xE0 | c >> 12);
        buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[size++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return this;
  }

  private void ensure(int extra) {
    if (size + extra > buf.length) {
      var bigger = new byte[Math.max(buf.length * 2, size + extra)];
      System.arraycopy(buf, 0, bigger, 0, size);
      buf = bigger;
    }
  }
}
