package dev.graphwright.neo4j.mapping;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes and reads the property values the SPI allows, in a compact tagged binary form. */
final class ValueCodec {

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte LONG = 2;
  private static final byte DOUBLE = 3;
  private static final byte BOOLEAN = 4;
  private static final byte LIST = 5;

  private ValueCodec() {}

  static void writeMap(DataOutputStream out, Map<String, Object> map) throws IOException {
    out.writeInt(map.size());
    for (var entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeValue(out, entry.getValue());
    }
  }

  static Map<String, Object> readMap(DataInputStream in) throws IOException {
    int size = in.readInt();
    var map = new LinkedHashMap<String, Object>(size * 2);
    for (int i = 0; i < size; i++) {
      map.put(readString(in), readValue(in));
    }
    return map;
  }

  static void writeValue(DataOutputStream out, Object value) throws IOException {
    switch (value) {
      case null -> out.writeByte(NULL);
      case String s -> {
        out.writeByte(STRING);
        writeString(out, s);
      }
      case Long l -> {
        out.writeByte(LONG);
        out.writeLong(l);
      }
      case Double d -> {
        out.writeByte(DOUBLE);
        out.writeDouble(d);
      }
      case Boolean b -> {
        out.writeByte(BOOLEAN);
        out.writeBoolean(b);
      }
      case List<?> list -> {
        out.writeByte(LIST);
        out.writeInt(list.size());
        for (var element : list) {
          writeValue(out, element);
        }
      }
      default -> throw new IllegalArgumentException("cannot spool a " + value.getClass());
    }
  }

  static @Nullable Object readValue(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case STRING -> readString(in);
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case BOOLEAN -> in.readBoolean();
      case LIST -> {
        int size = in.readInt();
        var list = new ArrayList<Object>(size);
        for (int i = 0; i < size; i++) {
          list.add(readValue(in));
        }
        yield List.copyOf(list);
      }
      default -> throw new IOException("corrupt mapping spool: tag " + tag);
    };
  }

  static void writeString(DataOutputStream out, String value) throws IOException {
    var bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    var bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
