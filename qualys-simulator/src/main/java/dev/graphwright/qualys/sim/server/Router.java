package dev.graphwright.qualys.sim.server;

import dev.graphwright.qualys.sim.api.AboutEndpoint;
import dev.graphwright.qualys.sim.api.ActivityLogEndpoint;
import dev.graphwright.qualys.sim.api.AssetGroupEndpoint;
import dev.graphwright.qualys.sim.api.DetectionEndpoint;
import dev.graphwright.qualys.sim.api.Endpoint;
import dev.graphwright.qualys.sim.api.HostListEndpoint;
import dev.graphwright.qualys.sim.api.KnowledgeBaseEndpoint;
import dev.graphwright.qualys.sim.api.PortalVersionEndpoint;
import dev.graphwright.qualys.sim.api.QpsSearchEndpoint;
import dev.graphwright.qualys.sim.catalog.Api;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps request paths (with or without a trailing slash) to the Qualys API that serves them. */
final class Router {
  /** An API, its endpoint and the methods it accepts. */
  record Route(Api api, Endpoint endpoint, Set<String> methods) {}

  private static final Set<String> GET_POST = Set.of("GET", "POST");
  private static final Set<String> POST = Set.of("POST");

  private final Map<String, Route> routes = Map.ofEntries(
      Map.entry("/msp/about.php", new Route(Api.ABOUT, new AboutEndpoint(), GET_POST)),
      Map.entry(
          "/api/2.0/fo/activity_log",
          new Route(Api.ACTIVITY_LOG, new ActivityLogEndpoint(), GET_POST)),
      Map.entry(
          "/api/2.0/fo/asset/host", new Route(Api.HOST_LIST, new HostListEndpoint(), GET_POST)),
      Map.entry(
          "/api/2.0/fo/asset/host/vm/detection",
          new Route(Api.DETECTION, new DetectionEndpoint(), GET_POST)),
      Map.entry(
          "/api/2.0/fo/knowledge_base/vuln",
          new Route(Api.KB, new KnowledgeBaseEndpoint(), GET_POST)),
      Map.entry(
          "/api/2.0/fo/asset/group",
          new Route(Api.ASSET_GROUP, new AssetGroupEndpoint(), GET_POST)),
      Map.entry("/qps/rest/2.0/search/am/tag", new Route(Api.TAG, QpsSearchEndpoint.tags(), POST)),
      Map.entry(
          "/qps/rest/portal/version", new Route(Api.PORTAL, new PortalVersionEndpoint(), GET_POST)),
      Map.entry(
          "/qps/rest/2.0/search/am/hostasset",
          new Route(Api.HOST_ASSET, QpsSearchEndpoint.hostAssets(), POST)),
      Map.entry(
          "/qps/rest/3.0/search/was/webapp",
          new Route(Api.WEBAPP, QpsSearchEndpoint.webApps(), POST)),
      Map.entry(
          "/qps/rest/3.0/search/was/finding",
          new Route(Api.FINDING, QpsSearchEndpoint.findings(), POST)));

  /** The route of a path, or null. */
  @Nullable
  Route find(String path) {
    String key =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return routes.get(key);
  }
}
