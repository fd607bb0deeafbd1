package dev.graphwright.neo4j.mapping;

import java.util.Map;

/**
 * One spooled mapped relationship.
 *
 * @param source the source entity's key, or the selector's value
 * @param target the target entity's properties (filter values and placeholder properties)
 * @param properties the relationship's own properties
 */
record SpooledMapping(Object source, Map<String, Object> target, Map<String, Object> properties) {}
