package dev.graphwright.neo4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entity or a relationship on its way to the database: one row of the writer's {@code UNWIND}
 * statements ({@link WriteQueries}), built by {@link Rows}.
 */
sealed interface Row {

  /** The {@code _key}: a batch holds one row per key. */
  String key();

  /** The content hash compared with the stored one to skip an unchanged write; null = none. */
  @Nullable
  Long hash();

  /** The properties to store, system ones ({@code _key}, {@code _type}, …) included. */
  Map<String, Object> props();

  /** The same row with other properties: a later duplicate merged into an earlier one. */
  Row withProps(Map<String, Object> props);

  /** The map the statement reads as {@code row}. */
  Map<String, Object> parameter();

  /**
   * An entity's row.
   *
   * @param labels the node's labels: its classes, then its type
   * @param raw the encoded raw reference, or null
   */
  record EntityRow(
      String key, List<String> labels, Long hash, @Nullable String raw, Map<String, Object> props)
      implements Row {

    @Override
    public EntityRow withProps(Map<String, Object> props) {
      return new EntityRow(key, labels, hash, raw, props);
    }

    @Override
    public Map<String, Object> parameter() {
      var row = new HashMap<String, Object>(8);
      row.put("key", key);
      row.put("labels", labels);
      row.put("hash", hash);
      row.put("raw", raw);
      row.put("props", props);
      return row;
    }
  }

  /**
   * A relationship's row.
   *
   * @param from the source entity's key
   * @param to the target entity's key
   */
  record RelationshipRow(
      String key, String from, String to, @Nullable Long hash, Map<String, Object> props)
      implements Row {

    @Override
    public RelationshipRow withProps(Map<String, Object> props) {
      return new RelationshipRow(key, from, to, hash, props);
    }

    @Override
    public Map<String, Object> parameter() {
      var row = new HashMap<String, Object>(8);
      row.put("key", key);
      row.put("from", from);
      row.put("to", to);
      row.put("hash", hash);
      row.put("props", props);
      return row;
    }
  }
}
