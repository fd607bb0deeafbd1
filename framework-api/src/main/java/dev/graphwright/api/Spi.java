package dev.graphwright.api;

/**
 * The version of this SPI. A plugin names the version it was built against in its manifest ({@code
 * Plugin-Requires}); the host refuses a plugin built against another version, with a message that
 * says which. The version changes whenever a plugin built against the previous one could break.
 */
public final class Spi {

  /** The SPI version of this build. */
  public static final String VERSION = "0.2.0";

  private Spi() {}
}
