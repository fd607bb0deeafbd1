package dev.graphwright.host.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved queries of the {@code cypher} module ({@code cypher/queries/*.cypher}), shipped on the
 * class path. Each file starts with {@code // purpose:}, {@code // params:} and {@code // returns:}
 * lines.
 */
public final class SavedQueries {

  /** A saved query. */
  public record SavedQuery(
      String name, String purpose, String params, String returns, String text) {}

  private static final String INDEX = "queries/index.txt";

  private SavedQueries() {}

  /** Every saved query, in the index's order. */
  public static List<SavedQuery> all() {
    var names = read(INDEX)
        .orElse("")
        .lines()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
    var queries = new ArrayList<SavedQuery>();
    for (var name : names) {
      find(name).ifPresent(queries::add);
    }
    return queries;
  }

  /** The saved query with this name (without {@code .cypher}). */
  public static Optional<SavedQuery> find(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    return read("queries/" + name + ".cypher").map(text -> parse(name, text));
  }

  /** Reads the header lines of a query text. */
  public static SavedQuery parse(String name, String text) {
    return new SavedQuery(
        name, header(text, "purpose"), header(text, "params"), header(text, "returns"), text);
  }

  private static String header(String text, String key) {
    return text.lines()
        .map(String::strip)
        .filter(l -> l.startsWith("// " + key + ":"))
        .map(l -> l.substring(("// " + key + ":").length()).strip())
        .findFirst()
        .orElse("");
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = SavedQueries.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
