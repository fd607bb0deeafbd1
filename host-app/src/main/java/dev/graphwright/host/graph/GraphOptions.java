package dev.graphwright.host.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which graph to open: an external Neo4j when {@code neo4jUri} is set, else the embedded one under
 * {@code dataDir}.
 *
 * @param dataDir where the embedded graph lives (and the marker of a serving process)
 * @param neo4jUri an external Neo4j ({@code bolt://…} or {@code neo4j://…}); empty = embedded
 * @param neo4jUser the external Neo4j user
 * @param neo4jPasswordFile a file holding the external Neo4j password
 * @param neo4jDatabase the database to use on an external server; empty = its default
 * @param boltAddress the interface the embedded Bolt listens on
 * @param boltPort the embedded Bolt port; 0 = any free port
 * @param pageCacheBytes the embedded page cache
 */
public record GraphOptions(
    Path dataDir,
    Optional<URI> neo4jUri,
    String neo4jUser,
    Optional<Path> neo4jPasswordFile,
    Optional<String> neo4jDatabase,
    String boltAddress,
    int boltPort,
    long pageCacheBytes) {}
