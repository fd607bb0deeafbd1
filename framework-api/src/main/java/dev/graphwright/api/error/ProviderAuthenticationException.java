package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/**
 * The provider rejected the credentials or the account (wrong password, no API access, expired
 * subscription, wrong platform URL). Fatal: the user must fix the config.
 */
public final class ProviderAuthenticationException extends ProviderApiException {

  public ProviderAuthenticationException(
      String message, String endpoint, int httpStatus, @Nullable String providerCode) {
    super(message, endpoint, httpStatus, providerCode, null);
  }

  @Override
  public String code() {
    return "PROVIDER_AUTHENTICATION";
  }

  @Override
  public boolean fatal() {
    return true;
  }
}
