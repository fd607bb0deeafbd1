package dev.graphwright.qualys.client.portal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Streaming;

/** Cheap calls: the portal version (QPS) and {@code /msp/about.php} (v1, with limit headers). */
public interface PortalApi {

  String PORTAL_VERSION = "/qps/rest/portal/version";
  String ABOUT = "/msp/about.php";

  @Streaming
  @GET("qps/rest/portal/version")
  Call<ResponseBody> portalVersion();

  @Streaming
  @GET("msp/about.php")
  Call<ResponseBody> about();
}
