package dev.graphwright.host.plugin;

import org.pf4j.DefaultVersionManager;

/**
 * Decides which plugins this host's SPI can run. PF4J reads a plain {@code Plugin-Requires}
 * version as "this or newer"; here a plain version means the SPI the plugin was built against, and
 * only the same SPI line runs it: the same major version and, while the major is 0, the same minor
 * (a 0.x SPI changes incompatibly from one minor to the next), no newer than this host's.
 * Expressions ({@code >=1.0.0 & <2.0.0}) keep PF4J's meaning.
 */
final class SpiVersionCheck extends DefaultVersionManager {

  @Override
  public boolean checkVersionConstraint(String version, String constraint) {
    if (constraint == null || !constraint.matches("\\d+\\.\\d+\\.\\d+")) {
      return super.checkVersionConstraint(version, constraint);
    }
    var host = version.split("\\.", -1);
    var built = constraint.split("\\.", -1);
    boolean sameLine =
        host[0].equals(built[0]) && (!host[0].equals("0") || host[1].equals(built[1]));
    return sameLine && compareVersions(constraint, version) <= 0;
  }

  /** Why a plugin that requires {@code constraint} cannot run on SPI {@code version}. */
  static String refusal(String constraint, String version) {
    var wants = constraint.matches("\\d+\\.\\d+\\.\\d+") ? "built for SPI " : "requires SPI ";
    return wants + constraint + ", but this host has SPI " + version
        + ": rebuild the plugin against this graphwright (its plugin parent sets Plugin-Requires)";
  }
}
