package dev.graphwright.qualys.client.vm;

import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Streaming;

/**
 * Qualys VM API v2 ({@code /api/2.0/fo/...}): host list, host detections, knowledge base. All are
 * form POSTs (long {@code ids} lists would overflow a GET URL) answered with streamed XML. Internal
 * to the client.
 */
public interface VmApi {

  String HOST_LIST = "/api/2.0/fo/asset/host/";
  String DETECTIONS = "/api/2.0/fo/asset/host/vm/detection/";
  String KNOWLEDGE_BASE = "/api/2.0/fo/knowledge_base/vuln/";
  String ASSET_GROUPS = "/api/2.0/fo/asset/group/";

  @Streaming
  @FormUrlEncoded
  @POST("api/2.0/fo/asset/host/")
  Call<ResponseBody> listHosts(@FieldMap Map<String, String> form);

  @Streaming
  @FormUrlEncoded
  @POST("api/2.0/fo/asset/host/vm/detection/")
  Call<ResponseBody> listHostDetections(@FieldMap Map<String, String> form);

  @Streaming
  @FormUrlEncoded
  @POST("api/2.0/fo/knowledge_base/vuln/")
  Call<ResponseBody> listVulnerabilities(@FieldMap Map<String, String> form);

  @Streaming
  @FormUrlEncoded
  @POST("api/2.0/fo/asset/group/")
  Call<ResponseBody> listAssetGroups(@FieldMap Map<String, String> form);
}
