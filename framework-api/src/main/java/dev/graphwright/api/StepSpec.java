package dev.graphwright.api;

import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of a step: what the host needs to schedule it, to know which types it owns
 * (stale-data sync and partial types) and to document it.
 *
 * @param id a stable kebab-case id, e.g. {@code fetch-scanned-host-ids}
 * @param name a human name
 * @param dependsOn ids of the steps that must finish first
 * @param entities the entity types the step writes
 * @param relationships the direct relationship types the step writes
 * @param mappedRelationships the mapped relationship types the step writes
 * @param enabledBy the boolean config field that switches the step on and off, or null when the
 *     step always runs. A switched-off step does not run, and its types are neither written nor
 *     deleted: what earlier runs wrote stays. Steps that depend on it still run (without waiting
 *     for it), so give the same switch to every step that needs its data.
 */
public record StepSpec(
    String id,
    String name,
    List<String> dependsOn,
    List<EntityType> entities,
    List<RelationshipType> relationships,
    List<MappedRelationshipType> mappedRelationships,
    @Nullable String enabledBy) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  public StepSpec {
    Objects.requireNonNull(id, "id == null");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("step id must be kebab-case: '" + id + "'");
    }
    Objects.requireNonNull(name, "name == null");
    dependsOn = List.copyOf(dependsOn);
    entities = List.copyOf(entities);
    relationships = List.copyOf(relationships);
    mappedRelationships = List.copyOf(mappedRelationships);
    if (enabledBy != null && enabledBy.isBlank()) {
      throw new IllegalArgumentException("step " + id + ": enabledBy names no config field");
    }
  }

  /** Whether this step runs with this config: always, unless its switch field is false. */
  public boolean enabledIn(IntegrationConfig config) {
    return enabledBy == null || config.getBoolean(enabledBy);
  }

  /** Starts a declaration. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Every {@code _type} the step declares, entities first. */
  public List<String> declaredTypes() {
    var types = new ArrayList<String>();
    entities.forEach(e -> types.add(e.type()));
    relationships.forEach(r -> types.add(r.type()));
    mappedRelationships.forEach(m -> types.add(m.type()));
    return types;
  }

  /** The declared types flagged partial: the host never deletes unseen objects of these. */
  public List<String> partialTypes() {
    var types = new ArrayList<String>();
    entities.stream().filter(EntityType::partial).forEach(e -> types.add(e.type()));
    relationships.stream().filter(RelationshipType::partial).forEach(r -> types.add(r.type()));
    mappedRelationships.stream()
        .filter(MappedRelationshipType::partial)
        .forEach(m -> types.add(m.type()));
    return types;
  }

  /** Builds a {@link StepSpec}. */
  public static final class Builder {
    private final String id;
    private final String name;
    private final List<String> dependsOn = new ArrayList<>();
    private final List<EntityType> entities = new ArrayList<>();
    private final List<RelationshipType> relationships = new ArrayList<>();
    private final List<MappedRelationshipType> mapped = new ArrayList<>();
    private @Nullable String enabledBy;

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    public Builder dependsOn(String... stepIds) {
      dependsOn.addAll(List.of(stepIds));
      return this;
    }

    public Builder entity(EntityType type) {
      entities.add(type);
      return this;
    }

    public Builder relationship(RelationshipType type) {
      relationships.add(type);
      return this;
    }

    public Builder mappedRelationship(MappedRelationshipType type) {
      mapped.add(type);
      return this;
    }

    /**
     * Makes the step optional: it runs only when this boolean config field is true (declare the
     * field, with its default, in {@link dev.graphwright.api.Integration#configFields()}).
     */
    public Builder enabledBy(String configField) {
      this.enabledBy = configField;
      return this;
    }

    public StepSpec build() {
      return new StepSpec(id, name, dependsOn, entities, relationships, mapped, enabledBy);
    }
  }
}
