package dev.graphwright.qualys.client;

import dev.graphwright.api.config.Secret;
import dev.graphwright.qualys.client.http.QualysApiUrl;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link QualysClient} needs. Build it with {@link #builder}; the defaults follow
 * Qualys' guidance (see the client README). {@code toString()} never shows the password.
 *
 * @param apiUrl the platform's API URL
 * @param username the API user
 * @param password the API user's password
 * @param userAgent sent as User-Agent and X-Requested-With
 * @param connectTimeout TCP connect timeout
 * @param readTimeout idle read timeout: longer than Qualys' ~60 s keep-alive comments
 * @param pageDeadline overall deadline of one page (request, body and parsing); then retried
 * @param concurrencyCap never more calls in flight per API than this
 * @param concurrencyReserve calls per API left to other tools of the subscription
 * @param maxRetries retries of a page after 5xx, 202, resets, timeouts or a broken body
 * @param max409Retries retries after 409 concurrency/rate refusals
 * @param baseBackoff first retry backoff (doubles, jittered)
 * @param maxBackoff backoff ceiling
 * @param concurrencyRetryWait wait after a 409/1960 (jittered ±50 %)
 * @param maxRateLimitWait longest announced 1965 wait to sit out; longer fails the call
 * @param hostListTruncation host ids per host list page
 * @param detectionIdsPerRequest host ids per detection range (for {@link
 *     dev.graphwright.qualys.client.vm.IdRangeBatcher})
 * @param detectionTruncation hosts per detection page inside a range
 * @param kbQidsPerRequest QIDs per KnowledgeBase call
 * @param hostAssetsPerRequest qwebHostIds per host asset search (and its limitResults)
 * @param hostAssetParallelism host asset searches in parallel
 * @param wasLimitResults WAS page size
 * @param wasWebAppIdsPerRequest web app ids per finding search
 * @param wasParallelism WAS finding searches in parallel
 */
public record QualysClientConfig(
    QualysApiUrl apiUrl,
    String username,
    Secret password,
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration pageDeadline,
    int concurrencyCap,
    int concurrencyReserve,
    int maxRetries,
    int max409Retries,
    Duration baseBackoff,
    Duration maxBackoff,
    Duration concurrencyRetryWait,
    Duration maxRateLimitWait,
    int hostListTruncation,
    int detectionIdsPerRequest,
    int detectionTruncation,
    int kbQidsPerRequest,
    int hostAssetsPerRequest,
    int hostAssetParallelism,
    int wasLimitResults,
    int wasWebAppIdsPerRequest,
    int wasParallelism) {

  public QualysClientConfig {
    Objects.requireNonNull(apiUrl, "apiUrl == null");
    Objects.requireNonNull(username, "username == null");
    Objects.requireNonNull(password, "password == null");
    positive("concurrencyCap", concurrencyCap);
    positive("hostListTruncation", hostListTruncation);
    positive("detectionIdsPerRequest", detectionIdsPerRequest);
    positive("detectionTruncation", detectionTruncation);
    positive("kbQidsPerRequest", kbQidsPerRequest);
    positive("hostAssetsPerRequest", hostAssetsPerRequest);
    positive("hostAssetParallelism", hostAssetParallelism);
    positive("wasLimitResults", wasLimitResults);
    positive("wasWebAppIdsPerRequest", wasWebAppIdsPerRequest);
    positive("wasParallelism", wasParallelism);
  }

  /** A builder with the defaults; {@code apiUrl} is validated by {@link QualysApiUrl#parse}. */
  public static Builder builder(String apiUrl, String username, Secret password) {
    return new Builder(QualysApiUrl.parse(apiUrl), username, password);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** Builds a config; every setter returns the builder. */
  public static final class Builder {
    private final QualysApiUrl apiUrl;
    private final String username;
    private final Secret password;
    private String userAgent = "graphwright-qualys";
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration readTimeout = Duration.ofSeconds(180);
    private Duration pageDeadline = Duration.ofMinutes(10);
    private int concurrencyCap = 10;
    private int concurrencyReserve;
    private int maxRetries = 5;
    private int max409Retries = 20;
    private Duration baseBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private Duration concurrencyRetryWait = Duration.ofSeconds(5);
    private Duration maxRateLimitWait = Duration.ofHours(1);
    private int hostListTruncation = 10_000;
    private int detectionIdsPerRequest = 1000;
    private int detectionTruncation = 1000;
    private int kbQidsPerRequest = 250;
    private int hostAssetsPerRequest = 250;
    private int hostAssetParallelism = 10;
    private int wasLimitResults = 250;
    private int wasWebAppIdsPerRequest = 10;
    private int wasParallelism = 3;

    private Builder(QualysApiUrl apiUrl, String username, Secret password) {
      this.apiUrl = apiUrl;
      this.username = username;
      this.password = password;
    }

    public Builder userAgent(String v) {
      userAgent = v;
      return this;
    }

    public Builder connectTimeout(Duration v) {
      connectTimeout = v;
      return this;
    }

    public Builder readTimeout(Duration v) {
      readTimeout = v;
      return this;
    }

    public Builder pageDeadline(Duration v) {
      pageDeadline = v;
      return this;
    }

    public Builder concurrencyCap(int v) {
      concurrencyCap = v;
      return this;
    }

    public Builder concurrencyReserve(int v) {
      concurrencyReserve = v;
      return this;
    }

    public Builder maxRetries(int v) {
      maxRetries = v;
      return this;
    }

    public Builder max409Retries(int v) {
      max409Retries = v;
      return this;
    }

    public Builder baseBackoff(Duration v) {
      baseBackoff = v;
      return this;
    }

    public Builder maxBackoff(Duration v) {
      maxBackoff = v;
      return this;
    }

    public Builder concurrencyRetryWait(Duration v) {
      concurrencyRetryWait = v;
      return this;
    }

    public Builder maxRateLimitWait(Duration v) {
      maxRateLimitWait = v;
      return this;
    }

    public Builder hostListTruncation(int v) {
      hostListTruncation = v;
      return this;
    }

    public Builder detectionIdsPerRequest(int v) {
      detectionIdsPerRequest = v;
      return this;
    }

    public Builder detectionTruncation(int v) {
      detectionTruncation = v;
      return this;
    }

    public Builder kbQidsPerRequest(int v) {
      kbQidsPerRequest = v;
      return this;
    }

    public Builder hostAssetsPerRequest(int v) {
      hostAssetsPerRequest = v;
      return this;
    }

    public Builder hostAssetParallelism(int v) {
      hostAssetParallelism = v;
      return this;
    }

    public Builder wasLimitResults(int v) {
      wasLimitResults = v;
      return this;
    }

    public Builder wasWebAppIdsPerRequest(int v) {
      wasWebAppIdsPerRequest = v;
      return this;
    }

    public Builder wasParallelism(int v) {
      wasParallelism = v;
      return this;
    }

    public QualysClientConfig build() {
      return new QualysClientConfig(
          apiUrl,
          username,
          password,
          userAgent,
          connectTimeout,
          readTimeout,
          pageDeadline,
          concurrencyCap,
          concurrencyReserve,
          maxRetries,
          max409Retries,
          baseBackoff,
          maxBackoff,
          concurrencyRetryWait,
          maxRateLimitWait,
          hostListTruncation,
          detectionIdsPerRequest,
          detectionTruncation,
          kbQidsPerRequest,
          hostAssetsPerRequest,
          hostAssetParallelism,
          wasLimitResults,
          wasWebAppIdsPerRequest,
          wasParallelism);
    }
  }
}
