package dev.graphwright.api.error;

/** Config is missing or invalid; the message names the field and says why. Fatal. */
public final class ConfigException extends IntegrationException {

  public ConfigException(String message) {
    super(message, null);
  }

  @Override
  public String code() {
    return "CONFIG_INVALID";
  }

  @Override
  public boolean fatal() {
    return true;
  }
}
