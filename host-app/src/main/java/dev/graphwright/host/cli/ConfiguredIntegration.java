package dev.graphwright.host.cli;

import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.host.Host;
import dev.graphwright.runtime.config.ConfigLoader;
import dev.graphwright.runtime.run.LoadedIntegration;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The integration a command works on and where its config comes from ({@code run}, {@code validate}). */
final class ConfiguredIntegration {

  @Parameters(paramLabel = "<integration>", description = "the integration's id, e.g. qualys")
  private String integrationId = "";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "NAME=value lines (field names or their variables); the environment fills"
          + " what the file does not set")
  private @Nullable Path configFile;

  /** The loaded integration; the error lists the ones that are loaded. */
  LoadedIntegration loaded(Host host) {
    return host.plugins().find(integrationId);
  }

  /** Its validated config, from {@code --config} and the environment. */
  IntegrationConfig config(Host host, LoadedIntegration loaded) {
    return new ConfigLoader(host.environment())
        .load(loaded.integration().configFields(), Optional.ofNullable(configFile));
  }
}
