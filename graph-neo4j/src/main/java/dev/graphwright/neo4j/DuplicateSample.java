package dev.graphwright.neo4j;

import java.util.Map;

/**
 * A {@code _key} written twice in one run with different properties: what differed.
 *
 * @param type the object's {@code _type}
 * @param key the duplicated {@code _key}
 * @param differences property name → {@code [earlier value, later value]}
 */
public record DuplicateSample(String type, String key, Map<String, Object[]> differences) {}
