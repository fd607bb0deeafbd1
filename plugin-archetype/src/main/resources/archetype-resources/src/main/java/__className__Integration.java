package ${package};

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
 * The ${className} integration. The host finds it through {@code @Extension}, creates it once by
 * injection, and runs its steps in dependency order.
 */
@Extension
public final class ${className}Integration implements Integration {

  static final String ITEM_COUNT = "itemCount";

  private final HostServices services;

  @Inject
  public ${className}Integration(HostServices services) {
    this.services = services;
  }

  @Override
  public String id() {
    return "${integrationId}";
  }

  @Override
  public String displayName() {
    return "${className}";
  }

  @Override
  public String description() {
    return "Items from ${className}, each linked to the Host it runs on.";
  }

  @Override
  public List<ConfigField> configFields() {
    // Each field is set by its variable, a --config file, or its default. A secret field
    // (ConfigField.required(...).asSecret()) is never logged, stored in the graph or shown in run records.
    return List.of(
        ConfigField.optional(
                ITEM_COUNT, "${integrationId.toUpperCase()}_ITEM_COUNT", "how many items the source holds", "25")
            .validatedBy(Validators.integerBetween(0, 1_000_000)));
  }

  @Override
  public List<Step> steps() {
    return List.of(new FetchItemsStep(services.clock()));
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    // Check the URL and credentials here with one cheap call, without ingesting anything.
    return List.of("the source holds " + context.config().get(ITEM_COUNT) + " items");
  }
}
