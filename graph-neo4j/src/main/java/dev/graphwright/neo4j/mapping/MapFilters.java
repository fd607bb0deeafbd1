package dev.graphwright.neo4j.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graphwright.api.graph.TargetFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter groups a placeholder was created for, with their values, kept on the placeholder as
 * JSON ({@code _mapFilters}) so that later runs can re-check whether an integration-owned node now
 * matches.
 */
final class MapFilters {

  /**
   * One group with its values: nodes labelled {@code label} whose properties equal {@code values}.
   * {@code index} is the group's place among the declared groups (a group whose values the target
   * lacks is not kept, so positions in the list can differ from it).
   */
  record Group(int index, String label, Map<String, Object> values) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private MapFilters() {}

  /** The groups whose values are all present in the target, in priority order. */
  static List<Group> applicable(List<TargetFilter> filters, Map<String, Object> target) {
    var groups = new ArrayList<Group>();
    for (int index = 0; index < filters.size(); index++) {
      var filter = filters.get(index);
      var values = new LinkedHashMap<String, Object>();
      for (var property : filter.properties()) {
        var value = target.get(property);
        if (value == null) {
          break;
        }
        values.put(property, value);
      }
      if (values.size() == filter.properties().size()) {
        groups.add(new Group(index, filter.label(), values));
      }
    }
    return groups;
  }

  static String encode(List<Group> groups) {
    try {
      return JSON.writeValueAsString(groups);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode map filters", e);
    }
  }

  static List<Group> decode(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<Group>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt _mapFilters on a placeholder: " + json, e);
    }
  }
}
