/**
 * Neo4j behind the framework: the embedded database, the batched writer, job-state reads, the
 * mapper for mapped relationships, stale-data sync and run history. Everything talks to Neo4j
 * through the Java driver, so the embedded database and an external server share one code path.
 */
@NullMarked
package dev.graphwright.neo4j;

import org.jspecify.annotations.NullMarked;
