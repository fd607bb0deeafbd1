package dev.graphwright.qualys.client.was;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Streaming;

/** WAS 3.0 (QPS) searches for web apps and findings. Internal to the client. */
public interface WasApi {

  String SEARCH_WEB_APPS = "/qps/rest/3.0/search/was/webapp";
  String SEARCH_FINDINGS = "/qps/rest/3.0/search/was/finding";

  @Streaming
  @POST("qps/rest/3.0/search/was/webapp")
  Call<ResponseBody> searchWebApps(@Body RequestBody serviceRequest);

  @Streaming
  @POST("qps/rest/3.0/search/was/finding")
  Call<ResponseBody> searchFindings(@Body RequestBody serviceRequest);
}
