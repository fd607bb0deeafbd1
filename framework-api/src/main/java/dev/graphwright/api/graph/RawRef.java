package dev.graphwright.api.graph;

import java.util.Objects;

/**
 * Where an object's source record lies in the raw archive: a page and the character range of the
 * record inside the page's decompressed text.
 *
 * @param page the archived page, as returned by {@code RawCapture#page()}
 * @param start offset of the record's first character
 * @param end offset just after the record's last character
 */
public record RawRef(String page, long start, long end) {

  public RawRef {
    Objects.requireNonNull(page, "page == null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad raw range " + start + ".." + end);
    }
  }

  /** The form stored on graph objects: {@code page#start-end}. */
  public String encode() {
    return page + "#" + start + "-" + end;
  }

  /** Parses {@link #encode()}'s output. */
  public static RawRef decode(String encoded) {
    int hash = encoded.lastIndexOf('#');
    int dash = encoded.lastIndexOf('-');
    if (hash < 0 || dash < hash) {
      throw new IllegalArgumentException("not a raw reference: '" + encoded + "'");
    }
    return new RawRef(
        encoded.substring(0, hash),
        Long.parseLong(encoded.substring(hash + 1, dash)),
        Long.parseLong(encoded.substring(dash + 1)));
  }
}
