package dev.graphwright.api.error;

import org.jspecify.annotations.Nullable;

/**
 * The provider's API answered with an error, or could not be reached. Fails the step.
 *
 * <p>Messages carry the endpoint, the HTTP status and the provider's own code and text, never
 * credentials.
 */
public class ProviderApiException extends IntegrationException {

  private final String endpoint;
  private final int httpStatus;
  private final @Nullable String providerCode;

  public ProviderApiException(
      String message,
      String endpoint,
      int httpStatus,
      @Nullable String providerCode,
      @Nullable Throwable cause) {
    super(message, cause);
    this.endpoint = endpoint;
    this.httpStatus = httpStatus;
    this.providerCode = providerCode;
  }

  /** The path that failed, e.g. {@code /api/2.0/fo/asset/host/vm/detection/}. */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status, or 0 when there was no response. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The provider's error code (e.g. Qualys {@code 1905}), when it sent one. */
  public @Nullable String providerCode() {
    return providerCode;
  }

  @Override
  public String code() {
    return "PROVIDER_API";
  }

  @Override
  public boolean fatal() {
    return false;
  }
}
