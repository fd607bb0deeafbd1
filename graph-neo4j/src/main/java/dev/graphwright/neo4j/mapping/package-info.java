/**
 * Mapped relationships: spooled to disk while steps run, resolved in Neo4j afterwards, and
 * re-checked on every run through the placeholders the mapper owns.
 */
@NullMarked
package dev.graphwright.neo4j.mapping;

import org.jspecify.annotations.NullMarked;
