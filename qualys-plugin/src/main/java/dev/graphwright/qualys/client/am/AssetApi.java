package dev.graphwright.qualys.client.am;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Streaming;

/** Asset Management (QPS) host assets and tags: XML searches answered with a ServiceResponse. Internal. */
public interface AssetApi {

  String SEARCH_HOST_ASSETS = "/qps/rest/2.0/search/am/hostasset";
  String SEARCH_TAGS = "/qps/rest/2.0/search/am/tag";

  @Streaming
  @POST("qps/rest/2.0/search/am/hostasset")
  Call<ResponseBody> searchHostAssets(@Body RequestBody serviceRequest);

  @Streaming
  @POST("qps/rest/2.0/search/am/tag")
  Call<ResponseBody> searchTags(@Body RequestBody serviceRequest);
}
