package dev.graphwright.qualys.client.support;

import dev.graphwright.api.config.Secret;
import dev.graphwright.qualys.client.QualysClientConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Test configs (fast retries) and fixtures. */
public final class TestClients {

  /** The test password; tests assert it never shows up anywhere. */
  public static final String PASSWORD = "Xyzzy-s3cret-P4ss!";

  public static final String USER = "gw_apiuser";

  private TestClients() {}

  /** A config for a local server with millisecond backoffs. */
  public static QualysClientConfig.Builder config(String baseUrl) {
    return QualysClientConfig.builder(baseUrl, USER, new Secret(PASSWORD))
        .userAgent("graphwright-test")
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(10))
        .pageDeadline(Duration.ofSeconds(20))
        .maxRetries(2)
        .baseBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofMillis(50))
        .concurrencyRetryWait(Duration.ofMillis(20));
  }

  /** A fixture under src/test/resources/client. */
  public static String fixture(String name) {
    try (InputStream in = TestClients.class.getResourceAsStream("/client/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
