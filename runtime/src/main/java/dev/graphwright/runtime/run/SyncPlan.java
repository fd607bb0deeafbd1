package dev.graphwright.runtime.run;

import dev.graphwright.api.Step;
import dev.graphwright.neo4j.StaleDataSync.SyncType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, from the steps' declarations and outcomes, which types the stale-data sync may clean:
 * declared by a step that succeeded, not flagged partial, and not declared by any step that did not
 * succeed. Everything else is partial and kept.
 */
final class SyncPlan {

  private final List<SyncType> syncTypes = new ArrayList<>();
  private final Set<String> partialTypes = new TreeSet<>();
  private final Set<String> undeclaredTypes = new TreeSet<>();
  private final Set<String> entityTypesWritten = new TreeSet<>();

  SyncPlan(Map<String, Step> steps, Map<String, StepOutcome> outcomes) {
    var declared = new HashSet<String>();
    var unsafe = new HashSet<String>();
    for (var step : steps.values()) {
      var spec = step.spec();
      declared.addAll(spec.declaredTypes());
      var outcome = outcomes.get(spec.id());
      boolean ran = outcome != null
          && outcome.status() != StepStatus.NOT_RUN
          && outcome.status() != StepStatus.DISABLED;
      if (outcome == null || !outcome.status().complete()) {
        unsafe.addAll(spec.declaredTypes());
        if (ran) {
          partialTypes.addAll(spec.declaredTypes());
        }
      }
      unsafe.addAll(spec.partialTypes());
      if (ran) {
        partialTypes.addAll(spec.partialTypes());
      }
    }
    for (var step : steps.values()) {
      var spec = step.spec();
      var outcome = outcomes.get(spec.id());
      if (outcome == null || !outcome.status().complete()) {
        continue;
      }
      spec.entities().stream()
          .filter(e -> !unsafe.contains(e.type()))
          .forEach(e -> syncTypes.add(new SyncType(e.type(), true, null)));
      spec.relationships().stream()
          .filter(r -> !unsafe.contains(r.type()))
          .forEach(r -> syncTypes.add(new SyncType(r.type(), false, r.relClass())));
      spec.mappedRelationships().stream()
          .filter(m -> !unsafe.contains(m.type()))
          .forEach(m -> syncTypes.add(new SyncType(m.type(), false, m.relClass())));
    }
    var entityTypes = new HashSet<String>();
    steps.values().forEach(s -> s.spec().entities().forEach(e -> entityTypes.add(e.type())));
    for (var outcome : outcomes.values()) {
      for (var type : outcome.counts().keySet()) {
        if (!declared.contains(type)) {
          undeclaredTypes.add(type);
        }
        if (entityTypes.contains(type)) {
          entityTypesWritten.add(type);
        }
      }
    }
  }

  List<SyncType> syncTypes() {
    return syncTypes;
  }

  List<String> partialTypes() {
    return List.copyOf(partialTypes);
  }

  List<String> undeclaredTypes() {
    return List.copyOf(undeclaredTypes);
  }

  Set<String> entityTypesWritten() {
    return entityTypesWritten;
  }
}
