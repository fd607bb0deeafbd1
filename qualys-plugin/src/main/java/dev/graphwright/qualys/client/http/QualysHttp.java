package dev.graphwright.qualys.client.http;

import dev.graphwright.api.config.Secret;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Builds the one OkHttp client and Retrofit instance of a {@code QualysClient}: explicit connect
 * and idle-read timeouts, the auth interceptor, a connection pool sized for the workers. The
 * overall per-page deadline is enforced separately by {@link PageWatchdog}.
 */
public final class QualysHttp implements AutoCloseable {

  private final OkHttpClient okHttp;
  private final Retrofit retrofit;

  /**
   * @param baseUrl the normalised API URL, without trailing slash
   * @param connections how many connections to keep alive (about the number of workers)
   */
  public QualysHttp(
      String baseUrl,
      String username,
      Secret password,
      String userAgent,
      Duration connectTimeout,
      Duration readTimeout,
      int connections) {
    this.okHttp = new OkHttpClient.Builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .connectionPool(new ConnectionPool(Math.max(5, connections), 5, TimeUnit.MINUTES))
        .addInterceptor(new AuthInterceptor(username, password, userAgent))
        .build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl + "/")
        .client(okHttp)
        .validateEagerly(true)
        .build();
  }

  /** A Retrofit service of one API family. */
  public <T> T service(Class<T> api) {
    return retrofit.create(api);
  }

  @Override
  public void close() {
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }
}
