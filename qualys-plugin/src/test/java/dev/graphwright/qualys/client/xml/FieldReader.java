package dev.graphwright.qualys.client.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the leaf values of one record node and remembers which fields had the wrong shape (child
 * elements where Qualys' schema says text). The hand-written mapping that the data binding
 * replaced used it; the binding benchmarks keep it as their baseline.
 */
public final class FieldReader {

  private final XmlNode node;
  private final List<String> wrongShape = new ArrayList<>();

  public FieldReader(XmlNode node) {
    this.node = node;
  }

  /** The field's text, or null when missing, empty or not text. */
  public @Nullable String text(String field) {
    XmlNode child = node.child(field);
    if (child == null) {
      return null;
    }
    if (child.hasChildren()) {
      wrongShape.add(field);
      return null;
    }
    return child.text();
  }

  public @Nullable Instant instant(String field) {
    return QualysValues.instant(text(field));
  }

  public @Nullable Integer integer(String field) {
    return QualysValues.integer(text(field));
  }

  public @Nullable Boolean bool(String field) {
    return QualysValues.bool(text(field));
  }

  /** The fields seen with the wrong shape, in reading order. */
  public List<String> wrongShapeFields() {
    return List.copyOf(wrongShape);
  }
}
