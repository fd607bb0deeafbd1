package dev.graphwright.runtime.run;

import dev.graphwright.api.Integration;

/**
 * An integration found in a plugin.
 *
 * @param integration the extension
 * @param pluginId the plugin's id, or {@code system} for integrations on the host's class path
 * @param pluginVersion the plugin's version
 * @param classLoader the loader to make current while the integration runs
 */
public record LoadedIntegration(
    Integration integration, String pluginId, String pluginVersion, ClassLoader classLoader) {}
