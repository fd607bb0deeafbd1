package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/** The account may not use this API (module or licence missing). Fails the step only. */
public final class ProviderAuthorizationException extends ProviderApiException {

  public ProviderAuthorizationException(
      String message, String endpoint, int httpStatus, @Nullable String providerCode) {
    super(message, endpoint, httpStatus, providerCode, null);
  }

  @Override
  public String code() {
    return "PROVIDER_AUTHORIZATION";
  }
}
