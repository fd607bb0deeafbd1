package dev.graphwright.host.graph;

import dev.graphwright.host.console.Table;
import dev.graphwright.runtime.run.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Prints query results as a table, JSON (an array of objects) or CSV. */
public final class ResultFormatter {

  /** The output formats. */
  public enum Format {
    TABLE,
    JSON,
    CSV;

    /** The name users type. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ResultFormatter() {}

  public static void print(
      List<String> keys, List<Record> records, Format format, PrintStream out) {
    switch (format) {
      case TABLE -> {
        var table = new Table(keys);
        records.forEach(r ->
            table.row(keys.stream().map(k -> text(plain(r.get(k)))).toList()));
        table.print(out, "");
        out.println("(" + records.size() + " row" + (records.size() == 1 ? "" : "s") + ")");
      }
      case JSON -> {
        var rows = new ArrayList<Map<String, Object>>();
        for (var record : records) {
          var row = new LinkedHashMap<String, Object>();
          keys.forEach(k -> row.put(k, plain(record.get(k))));
          rows.add(row);
        }
        out.println(Json.write(rows));
      }
      case CSV -> {
        out.println(keys.stream().map(ResultFormatter::csv).collect(Collectors.joining(",")));
        for (var record : records) {
          out.println(keys.stream()
              .map(k -> csv(text(plain(record.get(k)))))
              .collect(Collectors.joining(",")));
        }
      }
    }
  }

  /** Converts driver values to plain Java values (nodes and relationships become maps). */
  static Object plain(Value value) {
    var object = value.asObject();
    return plainObject(object);
  }

  private static Object plainObject(Object object) {
    return switch (object) {
      case null -> null;
      case Node node -> {
        var map = new LinkedHashMap<String, Object>();
        map.put("labels", node.labels());
        node.asMap().forEach((k, v) -> map.put(k, plainObject(v)));
        yield map;
      }
      case Relationship rel -> {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", rel.type());
        rel.asMap().forEach((k, v) -> map.put(k, plainObject(v)));
        yield map;
      }
      case List<?> list -> list.stream().map(ResultFormatter::plainObject).toList();
      case Map<?, ?> map -> {
        var copy = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), plainObject(v)));
        yield copy;
      }
      default -> object;
    };
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return Json.write(value).replaceAll("\\s*\\n\\s*", " ");
    }
    return String.valueOf(value);
  }

  private static String csv(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
