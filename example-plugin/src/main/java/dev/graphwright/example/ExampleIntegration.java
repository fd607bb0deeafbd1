package dev.graphwright.example;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.Validators;
import jakarta.inject.Inject;
import java.util.List;
import org.pf4j.Extension;

/**
 * A small, self-contained integration that generates a deterministic graph: groups, items that
 * belong to them, and items mapped to hosts by IP address. It exercises the whole framework (plugin
 * loading, injection, the step graph, batched writes, mapped relationships, stale-data sync)
 * without any network, and serves as a template for new integrations.
 */
@Extension
public final class ExampleIntegration implements Integration {

  static final String COUNT = "exampleCount";
  static final String FAIL_STEP = "exampleFailStep";
  static final String GENERATION = "exampleGeneration";

  private final HostServices services;

  @Inject
  public ExampleIntegration(HostServices services) {
    this.services = services;
  }

  @Override
  public String id() {
    return "example";
  }

  @Override
  public String displayName() {
    return "Example";
  }

  @Override
  public String description() {
    return "Generates groups, items and item-to-host mappings without any network: a template"
        + " and a smoke test for the framework.";
  }

  @Override
  public List<ConfigField> configFields() {
    return List.of(
        ConfigField.optional(COUNT, "EXAMPLE_COUNT", "how many items to generate", "1000")
            .validatedBy(Validators.integerBetween(0, 10_000_000)),
        ConfigField.optional(
                GENERATION,
                "EXAMPLE_GENERATION",
                "changes which items exist: items i with i % 10 < generation are skipped",
                "0")
            .validatedBy(Validators.integerBetween(0, 9)),
        ConfigField.optional(
            FAIL_STEP, "EXAMPLE_FAIL_STEP", "a step id that should fail (tests)", ""));
  }

  @Override
  public List<Step> steps() {
    return List.of(new GenerateGroupsStep(), new GenerateItemsStep(services.clock()));
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    return List.of("will generate " + context.config().get(COUNT) + " items");
  }
}
