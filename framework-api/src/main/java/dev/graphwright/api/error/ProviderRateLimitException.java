package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/** The provider kept refusing for rate or concurrency limits until the retries ran out. */
public final class ProviderRateLimitException extends ProviderApiException {

  public ProviderRateLimitException(
      String message, String endpoint, int httpStatus, @Nullable String providerCode) {
    super(message, endpoint, httpStatus, providerCode, null);
  }

  @Override
  public String code() {
    return "PROVIDER_RATE_LIMIT";
  }
}
