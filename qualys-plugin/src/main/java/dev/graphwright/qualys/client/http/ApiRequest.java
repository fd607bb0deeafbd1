package dev.graphwright.qualys.client.http;

import dev.graphwright.api.raw.RequestSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * One Qualys request, ready to be sent (again): a fresh Retrofit call per attempt, and what
 * identifies it in logs, the governor and the raw archive.
 *
 * @param label the Retrofit method, for logs, e.g. {@code VmApi.listHostDetections}
 * @param path the API path, which is also the key Qualys counts limits by
 * @param signature method, path and parameters (never headers) for the raw archive
 * @param call makes a new call for each attempt
 */
public record ApiRequest(
    String label, String path, RequestSignature signature, Supplier<Call<ResponseBody>> call) {

  /** A form POST (v2 APIs); the form fields are the signature's parameters. */
  public static ApiRequest form(
      String label, String path, Map<String, String> params, Supplier<Call<ResponseBody>> call) {
    return new ApiRequest(
        label, path, new RequestSignature("POST", path, new TreeMap<>(params)), call);
  }

  /** An XML POST (QPS); the body is identified by its SHA-256 in the {@code _body} parameter. */
  public static ApiRequest xml(
      String label, String path, String body, Supplier<Call<ResponseBody>> call) {
    var params = new TreeMap<String, String>();
    params.put("_body", sha256(body));
    return new ApiRequest(label, path, new RequestSignature("POST", path, params), call);
  }

  /** A GET without parameters. */
  public static ApiRequest get(String label, String path, Supplier<Call<ResponseBody>> call) {
    return new ApiRequest(label, path, new RequestSignature("GET", path, new TreeMap<>()), call);
  }

  private static String sha256(String body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
