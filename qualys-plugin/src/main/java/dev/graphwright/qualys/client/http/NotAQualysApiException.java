package dev.graphwright.qualys.client.http;

import dev.graphwright.api.error.ProviderApiException;

/**
 * The API URL answered like a server that is not a Qualys API (HTTP 404 without a Qualys error
 * body, or a body that is not XML). A step fails with it like with any API error; on the
 * credentials check the client turns it into a fatal config error.
 */
public final class NotAQualysApiException extends ProviderApiException {

  NotAQualysApiException(String message, String endpoint, int httpStatus) {
    super(message, endpoint, httpStatus, null, null);
  }
}
