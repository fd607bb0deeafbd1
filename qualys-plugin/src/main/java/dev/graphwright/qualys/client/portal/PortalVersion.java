package dev.graphwright.qualys.client.portal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The platform's component versions from {@code /qps/rest/portal/version}.
 *
 * @param wasVersion {@code WAS-VERSION}
 * @param vmVersion {@code VM-VERSION}
 * @param versions every {@code *-VERSION} of Portal-Version and QWeb-Version by element name
 */
public record PortalVersion(
    @Nullable String wasVersion, @Nullable String vmVersion, Map<String, String> versions) {

  public PortalVersion {
    versions = Map.copyOf(versions);
  }
}
