package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.api.error.StepDefinitionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an integration's step graph before anything runs (duplicate ids, unknown dependencies,
 * cycles) and answers questions about it.
 */
public final class StepPlanner {

  private final Map<String, Step> steps = new LinkedHashMap<>();

  public StepPlanner(List<Step> declared) {
    for (var step : declared) {
      var id = step.spec().id();
      if (steps.putIfAbsent(id, step) != null) {
        throw new StepDefinitionException("duplicate step id '" + id + "'");
      }
    }
    for (var step : declared) {
      for (var dependency : step.spec().dependsOn()) {
        if (!steps.containsKey(dependency)) {
          throw new StepDefinitionException(
              "step '" + step.spec().id() + "' depends on unknown step '" + dependency + "'");
        }
      }
    }
    topologicalOrder();
  }

  public Map<String, Step> steps() {
    return steps;
  }

  /** Steps in an order where every step comes after its dependencies. */
  public List<String> topologicalOrder() {
    var indegree = new HashMap<String, Integer>();
    steps.forEach((id, s) -> indegree.put(id, s.spec().dependsOn().size()));
    var ready = new ArrayDeque<String>();
    steps.keySet().stream().filter(id -> indegree.get(id) == 0).forEach(ready::add);
    var order = new ArrayList<String>();
    while (!ready.isEmpty()) {
      var id = ready.poll();
      order.add(id);
      for (var dependent : dependents(id)) {
        if (indegree.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() != steps.size()) {
      var cyclic = new ArrayList<>(steps.keySet());
      cyclic.removeAll(order);
      throw new StepDefinitionException("the steps " + cyclic + " depend on each other in a cycle");
    }
    return order;
  }

  /** Steps that list {@code id} in their {@code dependsOn}. */
  public List<String> dependents(String id) {
    return steps.values().stream()
        .filter(s -> s.spec().dependsOn().contains(id))
        .map(s -> s.spec().id())
        .toList();
  }

  /** A step and all its ancestors, in dependency order. */
  public Set<String> withAncestors(String id) {
    if (!steps.containsKey(id)) {
      throw new StepDefinitionException(
          "no step '" + id + "'; steps: " + String.join(", ", steps.keySet()));
    }
    var result = new LinkedHashSet<String>();
    var pending = new ArrayDeque<String>(List.of(id));
    while (!pending.isEmpty()) {
      var next = pending.poll();
      if (result.add(next)) {
        pending.addAll(steps.get(next).spec().dependsOn());
      }
    }
    return result;
  }
}
