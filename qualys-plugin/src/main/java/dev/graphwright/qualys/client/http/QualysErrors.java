package dev.graphwright.qualys.client.http;

import dev.graphwright.api.error.IntegrationException;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.api.error.ProviderAuthenticationException;
import dev.graphwright.api.error.ProviderAuthorizationException;
import dev.graphwright.qualys.client.xml.SimpleReturn;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns Qualys error answers into the framework's exceptions, with messages that say what to do.
 * Messages carry the endpoint, status and Qualys' code and text, never credentials.
 */
public final class QualysErrors {

  static final String PLATFORM_HELP =
      "find your platform's API URL at https://www.qualys.com/platform-identification/";

  private static final String BAD_LOGIN_CAUSES =
      "Likely causes: a wrong username or password; a user without API access; or an API URL of"
          + " another Qualys platform than your subscription's (" + PLATFORM_HELP + ").";

  private static final String NOT_A_QUALYS_API =
      "This URL does not look like a Qualys API server: check the API URL (QUALYS_API_URL) against"
          + " the Qualys platforms' API URLs (" + QualysApiUrl.PLATFORMS + "); " + PLATFORM_HELP
          + ".";

  private static final Set<String> AUTH_CODES = Set.of("2000", "2001", "2003", "2011", "2012");

  private QualysErrors() {}

  /** The error for a {@code SIMPLE_RETURN} that is not a limit to wait out. */
  public static IntegrationException simpleReturn(String endpoint, int status, SimpleReturn error) {
    String code = error.code();
    String summary = summary(endpoint, status, code, error.text());
    if (status == 401 || (code != null && AUTH_CODES.contains(code))) {
      return new ProviderAuthenticationException(
          summary + " " + authAdvice(code), endpoint, status, code == null ? "2000" : code);
    }
    if (status == 403) {
      return new ProviderAuthorizationException(
          summary + " The user may not use this API (module or API access not enabled).",
          endpoint,
          status,
          code);
    }
    return new ProviderApiException(summary, endpoint, status, code, null);
  }

  /** The error for a failed status without a readable {@code SIMPLE_RETURN}. */
  public static IntegrationException status(String endpoint, int status, String bodySnippet) {
    return simpleReturn(endpoint, status, new SimpleReturn(null, bodySnippet, java.util.Map.of()));
  }

  /** The error for a QPS {@code ServiceResponse} whose responseCode is not SUCCESS. */
  public static IntegrationException qps(
      String endpoint,
      String responseCode,
      @Nullable String errorMessage,
      @Nullable String errorResolution) {
    var message = new StringBuilder("Qualys responseCode ")
        .append(responseCode)
        .append(" at ")
        .append(endpoint);
    if (errorMessage != null) {
      message.append(": ").append(errorMessage);
    }
    if (errorResolution != null) {
      message.append(" (").append(errorResolution).append(')');
    }
    return switch (responseCode) {
      case "UNAUTHORIZED", "INVALID_CREDENTIALS" ->
        new ProviderAuthenticationException(
            message + ". " + BAD_LOGIN_CAUSES, endpoint, 200, responseCode);
      case "EVALUATION_EXPIRED", "SUBSCRIPTION_EXPIRED" ->
        new ProviderAuthenticationException(
            message + ". The Qualys subscription has expired.", endpoint, 200, responseCode);
      default -> new ProviderApiException(message.toString(), endpoint, 200, responseCode, null);
    };
  }

  /**
   * The API URL answered {@code what} (a 404 without a Qualys error body, a body that is not
   * XML): Qualys answers its own errors with a SIMPLE_RETURN, so this is most likely another
   * server, and the message says to check the URL.
   */
  public static NotAQualysApiException notAQualysApi(String endpoint, int status, String what) {
    return new NotAQualysApiException(
        sentence("Qualys " + endpoint + " answered " + what) + " " + NOT_A_QUALYS_API,
        endpoint,
        status);
  }

  /** The host could not be reached at all. */
  public static ProviderApiException unreachable(String baseUrl, String endpoint, Throwable cause) {
    return new ProviderApiException(
        "Cannot reach the Qualys API at " + baseUrl + " (" + cause.getClass().getSimpleName() + ": "
            + cause.getMessage() + "). Check the API URL: " + PLATFORM_HELP + ".",
        endpoint,
        0,
        null,
        cause);
  }

  /** Whether this error says the API host could not be reached at all. */
  public static boolean isUnreachable(ProviderApiException e) {
    return e.httpStatus() == 0 && e.getCause() != null && Transport.unreachable(e.getCause());
  }

  private static String authAdvice(@Nullable String code) {
    if (code == null) {
      return BAD_LOGIN_CAUSES;
    }
    return switch (code) {
      case "2001" -> "The Qualys subscription has expired; renew it or use another account.";
      case "2003" -> "The account's registration must be completed in the Qualys UI first.";
      case "2011", "2012" ->
        "This account may not use the API (SecureID required or no API"
            + " licence); ask your Qualys manager to enable API access.";
      default -> BAD_LOGIN_CAUSES;
    };
  }

  private static String summary(
      String endpoint, int status, @Nullable String code, @Nullable String text) {
    var out =
        new StringBuilder("Qualys ").append(endpoint).append(" answered HTTP ").append(status);
    if (code != null) {
      out.append(", code ").append(code);
    }
    if (text != null) {
      out.append(": ").append(text);
    }
    return sentence(out.toString());
  }

  // Ends the text with one period: Qualys' texts often have their own ("This account has
  // expired.").
  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }
}
