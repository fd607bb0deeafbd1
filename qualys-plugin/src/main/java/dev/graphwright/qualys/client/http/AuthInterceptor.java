package dev.graphwright.qualys.client.http;

import dev.graphwright.api.config.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds Basic authentication, {@code X-Requested-With} (mandatory on Qualys v2 calls) and the
 * User-Agent to every request. The only place the password is used; it is never logged.
 */
final class AuthInterceptor implements Interceptor {

  private final String authorization;
  private final String userAgent;

  AuthInterceptor(String username, Secret password, String userAgent) {
    this.authorization = Credentials.basic(username, password.reveal(), StandardCharsets.UTF_8);
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    var request = chain
        .request()
        .newBuilder()
        .header("Authorization", authorization)
        .header("X-Requested-With", userAgent)
        .header("User-Agent", userAgent)
        .build();
    return chain.proceed(request);
  }

  @Override
  public String toString() {
    return "AuthInterceptor[******]";
  }
}
