package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.error.StepDefinitionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Checks that every step switch ({@link dev.graphwright.api.StepSpec#enabledBy}) names a
   * declared, non-secret config field, so that a typo fails at load, not as "always off".
   */
  public StepPlanner checkSwitches(List<ConfigField> fields) {
    var names = new HashMap<String, ConfigField>();
    fields.forEach(f -> names.put(f.name(), f));
    for (var step : steps.values()) {
      var field = step.spec().enabledBy();
      if (field == null) {
        continue;
      }
      var declared = names.get(field);
      if (declared == null || declared.secret()) {
        throw new StepDefinitionException("step '" + step.spec().id() + "' is switched by '" + field
            + "', which is not a declared config field; declare it (true or false, with a"
            + " default) in configFields()");
      }
    }
    return this;
  }

  /** The config field that switches step {@code id} on and off, if it has one. */
  public Optional<ConfigField> switchOf(String id, List<ConfigField> fields) {
    var name = steps.get(id).spec().enabledBy();
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The steps this config switches off, in declaration order. */
  public Set<String> disabledIn(IntegrationConfig config) {
    var disabled = new LinkedHashSet<String>();
    steps.forEach((id, step) -> {
      if (!step.spec().enabledIn(config)) {
        disabled.add(id);
      }
    });
    return disabled;
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
