package dev.graphwright.host.plugin;

/** No loaded plugin provides the integration asked for; the message lists the ones that are. */
public final class UnknownIntegrationException extends IllegalArgumentException {

  UnknownIntegrationException(String message) {
    super(message);
  }
}
