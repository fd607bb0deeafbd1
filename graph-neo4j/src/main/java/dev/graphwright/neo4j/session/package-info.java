/**
 * One run's use of the graph: the {@link dev.graphwright.neo4j.session.GraphSession} that ties the
 * writer, reader, updates, data sets and mapped-relationship spool together, and the job state a
 * step writes through. It sits above both the writer's package and the mapper's.
 */
@NullMarked
package dev.graphwright.neo4j.session;

import org.jspecify.annotations.NullMarked;
