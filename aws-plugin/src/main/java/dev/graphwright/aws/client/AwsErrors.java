package dev.graphwright.aws.client;

import dev.graphwright.api.error.ConfigException;
import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.api.error.ProviderAuthenticationException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK errors into what the host understands: fatal (stop the run) or not. */
public final class AwsErrors {

  private static final Set<String> AUTH_CODES = Set.of(
      "AuthFailure",
      "UnrecognizedClientException",
      "InvalidClientTokenId",
      "ExpiredToken",
      "ExpiredTokenException",
      "SignatureDoesNotMatch",
      "InvalidAccessKeyId");

  private AwsErrors() {}

  /**
   * A fatal error when the credentials are missing, rejected or expired: no region will work, so
   * the run must stop before anything is deleted. Empty for errors that concern one call or
   * region.
   */
  public static IntegrationException fatalOrNull(SdkException e) {
    if (e instanceof AwsServiceException service) {
      var code =
          service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
      if ((code != null && AUTH_CODES.contains(code)) || service.statusCode() == 401) {
        return new ProviderAuthenticationException(
            "AWS rejected the credentials (" + code + "): check AWS_ACCESS_KEY_ID /"
                + " AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN or AWS_PROFILE",
            service.awsErrorDetails() == null ? "" : service.awsErrorDetails().serviceName(),
            service.statusCode(),
            code);
      }
      return null;
    }
    if (e instanceof SdkClientException
        && e.getMessage() != null
        && e.getMessage().contains("Unable to load credentials")) {
      return new ConfigException(
          "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
              + " AWS_PROFILE (the AWS SDK's default credential chain)");
    }
    return null;
  }

  /** One line for a page failure: the SDK's message without request ids. */
  public static String describe(SdkException e) {
    if (e instanceof AwsServiceException service
        && service.awsErrorDetails() != null
        && service.awsErrorDetails().errorCode() != null) {
      return service.awsErrorDetails().errorCode() + ": "
          + service.awsErrorDetails().errorMessage() + " (HTTP " + service.statusCode() + ")";
    }
    return e.getMessage();
  }
}
