package dev.graphwright.qualys.client.http;

import dev.graphwright.api.error.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A validated, normalised Qualys API base URL: {@code https://qualysapi.<platform>} without a
 * trailing slash (e.g. {@code https://qualysapi.qg3.apps.qualys.com}); plain or TLS {@code
 * localhost}/{@code 127.0.0.1} are allowed for tests and simulators.
 *
 * @param value the normalised URL
 */
public record QualysApiUrl(String value) {

  /** The API URL of each Qualys platform, as one line of text for error messages. */
  public static final String PLATFORMS =
      "US1 https://qualysapi.qualys.com, US2 https://qualysapi.qg2.apps.qualys.com,"
          + " US3 https://qualysapi.qg3.apps.qualys.com, US4 https://qualysapi.qg4.apps.qualys.com,"
          + " EU1 https://qualysapi.qualys.eu, EU2 https://qualysapi.qg2.apps.qualys.eu,"
          + " EU3 https://qualysapi.qg3.apps.qualys.it, IN1 https://qualysapi.qg1.apps.qualys.in,"
          + " CA1 https://qualysapi.qg1.apps.qualys.ca, AE1 https://qualysapi.qg1.apps.qualys.ae,"
          + " UK1 https://qualysapi.qg1.apps.qualys.co.uk,"
          + " AU1 https://qualysapi.qg1.apps.qualys.com.au,"
          + " KSA1 https://qualysapi.qg1.apps.qualysksa.com";

  /** Parses and normalises a configured URL, or fails with a message that says what to use. */
  public static QualysApiUrl parse(String configured) {
    String trimmed = configured == null ? "" : configured.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw invalid(configured, "it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
      throw invalid(configured, "give the base URL only, without a path");
    }
    if (uri.getRawQuery() != null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw invalid(configured, "give the base URL only");
    }
    boolean local = host.equals("localhost") || host.equals("127.0.0.1");
    if (local && (scheme.equals("http") || scheme.equals("https"))) {
      return new QualysApiUrl(scheme + "://" + uri.getRawAuthority());
    }
    if (!scheme.equals("https")) {
      throw invalid(configured, "it must start with https://");
    }
    if (host.startsWith("gateway.")) {
      throw invalid(configured, "that is the gateway URL; use the API server (qualysapi.…) URL");
    }
    if (!host.startsWith("qualysapi.")) {
      throw invalid(configured, "the host must be your platform's qualysapi.… server");
    }
    return new QualysApiUrl("https://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
  }

  private static ConfigException invalid(String configured, String why) {
    return new ConfigException(
        "apiUrl: invalid Qualys API URL '" + configured + "': " + why + ". Use the API URL of"
            + " your Qualys platform (" + PLATFORMS + "); yours is under \"API URLs\" at"
            + " https://www.qualys.com/platform-identification/ or in the Qualys UI under"
            + " Help > About.");
  }

  @Override
  public String toString() {
    return value;
  }
}
