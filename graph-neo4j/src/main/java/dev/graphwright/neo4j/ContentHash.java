package dev.graphwright.neo4j;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 64-bit digest of an object's content (type, classes, properties in name order). The writer
 * stores it on every node and relationship and skips property writes whose content did not change.
 */
final class ContentHash {

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(ContentHash::newDigest);

  private ContentHash() {}

  static long of(String type, List<String> classes, Map<String, Object> properties) {
    var text = new StringBuilder(256).append(type).append('\u0001');
    classes.forEach(c -> text.append(c).append(','));
    new TreeMap<>(properties)
        .forEach((name, value) ->
            text.append('\u0001').append(name).append('\u0002').append(tagged(value)));
    var digest = SHA256.get();
    digest.reset();
    return ByteBuffer.wrap(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)))
        .getLong();
  }

  /** Tags values with their type, so {@code "1"} and {@code 1} hash differently. */
  private static String tagged(Object value) {
    return switch (value) {
      case String s -> "s" + s;
      case Long l -> "l" + l;
      case Double d -> "d" + d;
      case Boolean b -> "b" + b;
      case List<?> list -> "[" + list.stream().map(ContentHash::tagged).toList() + "]";
      default -> "?" + value;
    };
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
