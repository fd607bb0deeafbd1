package dev.graphwright.host.reliability;

import dev.graphwright.neo4j.testing.TestGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Looks for a secret, and the Basic {@code Authorization} value made from it, in text, in every
 * file under a directory (gzip files decompressed, so the raw archive is searched as stored and as
 * read), and in every property of every node and relationship of the graph.
 */
final class SecretScan {

  private final Map<String, String> needles;

  /** Looks for {@code password} and for base64 of {@code user:password}. */
  SecretScan(String user, String password) {
    needles = Map.of(
        "the password",
        password,
        "the Authorization value",
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** Where {@code text} (named {@code where}) contains a secret; empty when it does not. */
  List<String> inText(String where, String text) {
    var hits = new ArrayList<String>();
    needles.forEach((name, needle) -> {
      if (text.contains(needle)) {
        hits.add(where + " contains " + name);
      }
    });
    return hits;
  }

  /** Every file under {@code root} that contains a secret. */
  List<String> inFiles(Path root) {
    var hits = new ArrayList<String>();
    try (var files = Files.walk(root)) {
      for (var file : files.filter(Files::isRegularFile).toList()) {
        hits.addAll(inText(file.toString(), contentOf(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits;
  }

  /** How many files {@link #inFiles} would search under {@code root} with this name ending. */
  static long count(Path root, String suffix) {
    try (var files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every node or relationship property, in the whole graph, that contains a secret. */
  List<String> inGraph() {
    var hits = new ArrayList<String>();
    for (var query : List.of(
        "MATCH (n) RETURN elementId(n) AS id, properties(n) AS p",
        "MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS p")) {
      TestGraph.graph().read(query, Map.of(), r -> {
        r.forEachRemaining(row -> hits.addAll(inText(
            "graph object " + row.get("id").asString(), row.get("p").asMap().toString())));
        return null;
      });
    }
    return hits;
  }

  private static String contentOf(Path file) throws IOException {
    var bytes = Files.readAllBytes(file);
    var text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        text += "\n" + out.toString(StandardCharsets.UTF_8);
      } catch (IOException e) {
        text += "\n(unreadable gzip: " + e.getMessage() + ")";
      }
    }
    // ISO-8859-1 keeps ASCII secrets findable in binary files; UTF-8 for the rest.
    return text + "\n" + new String(bytes, StandardCharsets.UTF_8);
  }
}
