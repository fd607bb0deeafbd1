package dev.graphwright.host.reliability.hostile;

import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import dev.graphwright.api.graph.TargetFilter;
import java.util.List;
import java.util.Map;

/**
 * A test-only integration, packaged into a throwaway plugin jar: one step writes hostile values
 * through the job state and reads them back; each other step hands the SPI one hostile name
 * (label, relationship type, property, filter label) and must be stopped by it.
 */
public final class HostileIntegration implements Integration {

  public static final String ID = "hostile";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Hostile";
  }

  @Override
  public String description() {
    return "Writes hostile values and names (reliability tests).";
  }

  @Override
  public List<ConfigField> configFields() {
    return List.of();
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new HostileValuesStep(),
        new BadNameStep(
            "bad-type",
            () -> Entity.of("k", "hostile_record`) DETACH DELETE n //", "Record", Map.of())),
        new BadNameStep(
            "bad-class",
            () -> Entity.of("k", "hostile_record", "Record`:Evil) DETACH DELETE n //", Map.of())),
        new BadNameStep(
            "bad-relationship-class",
            () -> Relationship.between("hostile_link", "HAS]->() DETACH DELETE n //", "a", "b")),
        new BadNameStep(
            "bad-property-name",
            () -> Entity.of(
                "k", "hostile_record", "Record", Map.of("name` = 1 DETACH DELETE n //", "x"))),
        new BadNameStep(
            "bad-filter-label",
            () -> new TargetFilter("Host`) DETACH DELETE n //", List.of("name"))));
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    return List.of("nothing to check");
  }
}
