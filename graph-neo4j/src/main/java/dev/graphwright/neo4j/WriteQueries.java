package dev.graphwright.neo4j;

/**
 * The writer's two queries. An entity's labels are a parameter; a relationship's type is part of
 * the text, so relationship rows are grouped by it. Everything else is a parameter.
 *
 * <p>Merge rule for a {@code _key} written twice in one run: the later object's properties are
 * merged over the earlier ones ({@code +=}, later value wins per property). Across runs an object
 * is replaced, so properties that disappeared at the source disappear in the graph: only the
 * properties whose value changed are set and the vanished ones removed, because rewriting every
 * property of an existing node costs Neo4j about eight times the transaction memory (a rerun's
 * batches of 2,000 findings ran out of it). A new node gets its properties in one {@code SET n =}.
 * When the content hash is unchanged, no property is written at all.
 */
final class WriteQueries {

  private WriteQueries() {}

  /**
   * The labels are a parameter ({@code row.labels}: the classes, then the type), so every entity
   * type shares this one statement and Neo4j plans it once per run, not once per type.
   */
  static String entities() {
    return """
        UNWIND $rows AS row
        MERGE (n:`Entity` {_instanceId: $instanceId, _key: row.key})
        WITH n, row,
             n._runId IS NULL AS created,
             coalesce(n._runId = $runId, false) AS dup,
             coalesce(n._hash = row.hash, false) AS same
        WITH n, row, created, dup, same,
             CASE WHEN dup AND NOT same THEN properties(n) END AS before
        FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET n = row.props)
        FOREACH (_ IN CASE WHEN dup AND NOT same THEN [1] ELSE [] END | SET n += row.props)
        FOREACH (k IN CASE WHEN created OR dup OR same THEN []
                      ELSE [k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]] END |
          SET n[k] = row.props[k])
        FOREACH (k IN CASE WHEN created OR dup OR same THEN []
                      ELSE [k IN keys(n) WHERE NOT k IN keys(row.props) AND NOT k IN ['_runId', '_rawRef']] END |
          SET n[k] = null)
        SET n:$(row.labels), n._runId = $runId, n._rawRef = row.raw
        RETURN sum(CASE WHEN same AND NOT dup THEN 1 ELSE 0 END) AS unchanged,
               sum(CASE WHEN dup THEN 1 ELSE 0 END) AS duplicates,
               collect(CASE WHEN dup AND NOT same
                            THEN {key: row.key, before: before, after: row.props} END)[0..$samples]
                 AS samples
        """;
  }

  static String relationships(String relClass) {
    return """
        UNWIND $rows AS row
        MATCH (a:`Entity` {_instanceId: $instanceId, _key: row.from})
        MATCH (b:`Entity` {_instanceId: $instanceId, _key: row.to})
        MERGE (a)-[r:%s {_key: row.key}]->(b)
        WITH r, row,
             coalesce(r._runId = $runId, false) AS dup,
             coalesce(r._hash = row.hash, row.hash IS NULL AND r._runId IS NOT NULL) AS same
        WITH r, row, dup, same,
             CASE WHEN dup AND NOT same THEN properties(r) END AS before
        FOREACH (_ IN CASE WHEN NOT same AND NOT dup THEN [1] ELSE [] END | SET r = row.props)
        FOREACH (_ IN CASE WHEN NOT same AND dup THEN [1] ELSE [] END | SET r += row.props)
        SET r._runId = $runId
        RETURN count(r) AS written,
               sum(CASE WHEN same AND NOT dup THEN 1 ELSE 0 END) AS unchanged,
               sum(CASE WHEN dup THEN 1 ELSE 0 END) AS duplicates,
               collect(CASE WHEN dup AND NOT same
                            THEN {key: row.key, before: before, after: row.props} END)[0..$samples]
                 AS samples
        """.formatted(Cypher.relationshipType(relClass));
  }
}
