package dev.graphwright.neo4j.session;

import dev.graphwright.api.state.DataSet;
import dev.graphwright.neo4j.EntityUpdates;
import dev.graphwright.neo4j.GraphDataSet;
import dev.graphwright.neo4j.GraphReader;
import dev.graphwright.neo4j.GraphSchema;
import dev.graphwright.neo4j.GraphWriter;
import dev.graphwright.neo4j.Neo4jGraph;
import dev.graphwright.neo4j.StaleDataSync;
import dev.graphwright.neo4j.WriteScope;
import dev.graphwright.neo4j.WriterSettings;
import dev.graphwright.neo4j.mapping.MappedRelationshipSink;
import dev.graphwright.neo4j.mapping.MappingResolver;
import dev.graphwright.neo4j.mapping.MappingSpool;
import dev.graphwright.neo4j.mapping.MappingStats;
import dev.graphwright.neo4j.mapping.PlaceholderReconciler;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one run of one integration instance needs from the graph: the batched writer, reads,
 * buffered updates, data sets, the mapped-relationship spool, and the post-step phases (resolve
 * mapped relationships, reconcile placeholders, delete stale data).
 */
public final class GraphSession implements AutoCloseable {

  private final Neo4jGraph graph;
  private final GraphSchema schema;
  private final WriteScope scope;
  private final GraphWriter writer;
  private final GraphReader reader;
  private final EntityUpdates updates;
  private final MappingSpool spool;
  private final WriterSettings settings;
  private final Map<String, GraphDataSet> dataSets = new ConcurrentHashMap<>();

  public GraphSession(
      Neo4jGraph graph,
      GraphSchema schema,
      WriteScope scope,
      WriterSettings settings,
      Path spoolDir) {
    this.graph = graph;
    this.schema = schema;
    this.scope = scope;
    this.settings = settings;
    this.writer = new GraphWriter(graph, scope, settings);
    this.reader = new GraphReader(graph, scope);
    this.updates = new EntityUpdates(graph, schema, scope, settings.threads());
    this.spool = new MappingSpool(spoolDir);
  }

  /** The job state a step writes through. */
  public Neo4jJobState jobState(String stepId) {
    return new Neo4jJobState(stepId, this);
  }

  public WriteScope scope() {
    return scope;
  }

  public GraphWriter writer() {
    return writer;
  }

  GraphReader reader() {
    return reader;
  }

  EntityUpdates updates() {
    return updates;
  }

  MappedRelationshipSink mappedRelationships() {
    return spool;
  }

  DataSet dataSet(String name) {
    return dataSets.computeIfAbsent(name, n -> new GraphDataSet(graph, scope.instanceId(), n));
  }

  /** Writes everything buffered: entities and relationships, then entity updates, then data sets. */
  public void flush() {
    writer.flush();
    updates.flush();
    dataSets.values().forEach(GraphDataSet::flush);
  }

  /** Mapped relationships recorded so far. */
  public long mappedRelationshipCount() {
    return spool.size();
  }

  /** Resolves the spooled mapped relationships (after the steps). */
  public MappingStats resolveMappedRelationships(int batchSize) {
    flush();
    return new MappingResolver(graph, schema, scope, batchSize, settings.threads()).resolve(spool);
  }

  /** Adopts and re-checks placeholders (after resolution). */
  public PlaceholderReconciler.Result reconcilePlaceholders(Set<String> entityTypesWritten) {
    return new PlaceholderReconciler(graph, scope).reconcile(entityTypesWritten);
  }

  /**
   * Deletes stale objects of the given types (after reconciliation), except types of which more
   * than {@code maxDeleteShare} would go; see {@link StaleDataSync}.
   */
  public StaleDataSync.Result syncStaleData(
      Collection<StaleDataSync.SyncType> types, double maxDeleteShare) {
    return new StaleDataSync(graph, schema, scope, maxDeleteShare).sync(types);
  }

  @Override
  public void close() {
    try {
      writer.close();
    } finally {
      updates.close();
      spool.close();
    }
  }
}
