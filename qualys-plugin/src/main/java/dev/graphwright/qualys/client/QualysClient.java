package dev.graphwright.qualys.client;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.api.error.ProviderApiException;
import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.qualys.client.am.AssetApi;
import dev.graphwright.qualys.client.am.AssetFetcher;
import dev.graphwright.qualys.client.am.HostAsset;
import dev.graphwright.qualys.client.am.Tag;
import dev.graphwright.qualys.client.handler.PageFailureHandler;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.NotAQualysApiException;
import dev.graphwright.qualys.client.http.QualysErrors;
import dev.graphwright.qualys.client.http.QualysHttp;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.http.RetrySettings;
import dev.graphwright.qualys.client.limits.Governor;
import dev.graphwright.qualys.client.limits.GovernorSettings;
import dev.graphwright.qualys.client.portal.PortalApi;
import dev.graphwright.qualys.client.portal.PortalFetcher;
import dev.graphwright.qualys.client.portal.PortalVersion;
import dev.graphwright.qualys.client.portal.SubscriptionInfo;
import dev.graphwright.qualys.client.vm.AssetGroup;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.qualys.client.vm.KbVuln;
import dev.graphwright.qualys.client.vm.VmApi;
import dev.graphwright.qualys.client.vm.VmFetcher;
import dev.graphwright.qualys.client.vm.VmPaging;
import dev.graphwright.qualys.client.was.FindingQuery;
import dev.graphwright.qualys.client.was.WasApi;
import dev.graphwright.qualys.client.was.WasFetcher;
import dev.graphwright.qualys.client.was.WebApp;
import dev.graphwright.qualys.client.was.WebAppFinding;
import dev.graphwright.qualys.client.was.WebAppQuery;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Qualys API client steps use: one per run (it holds the subscription's limit state),
 * thread-safe, closed at the end of the run.
 *
 * <p>Every method streams: records are handed on one at a time as they are parsed, never a page at
 * once. Calls are governed per Qualys API (in flight ≤ announced limit − others' calls − reserve,
 * capped; rate paced), retried per the README's policy, archived in the run's {@link RawArchive}
 * and replayed from it without network when it is {@link RawArchive#replaying() replaying}.
 *
 * <p>Errors: fatal {@link dev.graphwright.api.error.ProviderAuthenticationException} for rejected
 * credentials or accounts; {@link ProviderApiException} (incl. {@link
 * dev.graphwright.api.error.ProviderRateLimitException}) for calls that failed for good. Methods
 * with a {@link PageFailureHandler} report a failed page or bad record there and go on; whatever a
 * handler throws is rethrown unchanged and stops the method.
 */
public final class QualysClient implements AutoCloseable {

  private final QualysClientConfig config;
  private final QualysHttp http;
  private final Governor governor;
  private final RequestExecutor executor;
  private final PortalFetcher portal;
  private final VmFetcher vm;
  private final AssetFetcher assets;
  private final WasFetcher was;

  private QualysClient(QualysClientConfig config, RunMetrics metrics, RawArchive rawArchive) {
    this.config = config;
    this.http = new QualysHttp(
        config.apiUrl().value(),
        config.username(),
        config.password(),
        config.userAgent(),
        config.connectTimeout(),
        config.readTimeout(),
        Math.max(config.concurrencyCap(), config.hostAssetParallelism()) * 2);
    this.governor = new Governor(
        new GovernorSettings(config.concurrencyCap(), config.concurrencyReserve(), 0.1, 10));
    this.executor = new RequestExecutor(
        config.apiUrl().value(),
        new RetrySettings(
            config.maxRetries(),
            config.max409Retries(),
            config.baseBackoff(),
            config.maxBackoff(),
            config.concurrencyRetryWait(),
            config.maxRateLimitWait(),
            config.pageDeadline()),
        metrics,
        rawArchive);
    this.portal = new PortalFetcher(http.service(PortalApi.class), executor, governor);
    this.vm = new VmFetcher(
        http.service(VmApi.class),
        executor,
        governor,
        new VmPaging(
            config.hostListTruncation(),
            config.detectionTruncation(),
            config.kbQidsPerRequest(),
            config.concurrencyCap()),
        metrics);
    this.assets = new AssetFetcher(
        http.service(AssetApi.class),
        executor,
        governor,
        config.hostAssetsPerRequest(),
        config.hostAssetParallelism());
    this.was = new WasFetcher(
        http.service(WasApi.class),
        executor,
        governor,
        new WasFetcher.WasPaging(
            config.wasLimitResults(), config.wasWebAppIdsPerRequest(), config.wasParallelism()));
  }

  /** Creates the run's client. */
  public static QualysClient create(
      QualysClientConfig config, RunMetrics metrics, RawArchive rawArchive) {
    return new QualysClient(config, metrics, rawArchive);
  }

  /** The config this client was made with. */
  public QualysClientConfig config() {
    return config;
  }

  /** {@code GET /qps/rest/portal/version}: WAS, VM and the other component versions. */
  public PortalVersion portalVersion() {
    return call(portal::portalVersion);
  }

  /**
   * {@code GET /msp/about.php}: platform versions and the subscription's limits from the response
   * headers. Also seeds the governor, so the first detection calls start in parallel. Throws
   * {@link ConfigException} when the URL answers like a server that is not a Qualys API (HTTP 404,
   * not XML).
   */
  public SubscriptionInfo about() {
    try {
      return call(portal::about);
    } catch (NotAQualysApiException e) {
      // about() is the run's credentials check: a URL that is not a Qualys API does not become
      // one in a later step, so the run stops here (fatal) instead of failing every step.
      throw new ConfigException("apiUrl: " + e.getMessage());
    }
  }

  /**
   * Checks the URL and credentials with one cheap call (about.php). Throws {@link
   * dev.graphwright.api.error.ProviderAuthenticationException} (wrong password, no API access,
   * wrong platform, expired account) or {@link ConfigException} when the URL cannot be reached or
   * is not a Qualys API.
   */
  public void verifyCredentials() {
    try {
      about();
    } catch (ProviderApiException e) {
      if (QualysErrors.isUnreachable(e)) {
        throw new ConfigException("apiUrl: " + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * Every scanned host id ({@code /api/2.0/fo/asset/host/}, {@code details=None}), ascending, as
   * text; {@code ID_RANGE}s are expanded one id at a time; WARNING/{@code id_min} pages are
   * followed. Called on the caller's thread. Failures propagate (no page-level isolation).
   */
  public void forEachScannedHostId(HostIdQuery query, Consumer<String> onId) {
    run(() -> vm.forEachScannedHostId(query, onId));
  }

  /**
   * Host assets of these QWEB host ids ({@code /qps/rest/2.0/search/am/hostasset}, {@code
   * qwebHostId IN} batches, {@code hasMoreRecords}/{@code lastId} paging). Batches run in parallel:
   * {@code onAsset} and {@code onFailure} are called concurrently from several threads.
   */
  public void forEachHostAsset(
      List<String> qwebHostIds, RecordHandler<HostAsset> onAsset, PageFailureHandler onFailure) {
    run(() -> assets.forEachHostAsset(List.copyOf(qwebHostIds), onAsset, onFailure));
  }

  /**
   * Host detections ({@code /api/2.0/fo/asset/host/vm/detection/}) of each id range, the
   * multi_thread_hd.py way: ranges are fetched by parallel workers within the governor's limit,
   * WARNING/{@code id_min} pages in order inside a range. The handler is called concurrently from
   * several threads (see {@link DetectionHandler}). A failed page ends its range, reported to
   * {@code onFailure}; other ranges go on.
   */
  public void forEachHostDetection(
      List<IdRange> ranges,
      DetectionQuery query,
      DetectionHandler handler,
      PageFailureHandler onFailure) {
    run(() -> vm.forEachHostDetection(List.copyOf(ranges), query, handler, onFailure));
  }

  /**
   * The Asset Management tags named exactly {@code name} ({@code /qps/rest/2.0/search/am/tag}),
   * on the caller's thread. Failures propagate.
   */
  public void forEachTagNamed(String name, Consumer<Tag> onTag) {
    run(() -> assets.forEachTagNamed(name, onTag));
  }

  /**
   * Every asset group the user may see ({@code /api/2.0/fo/asset/group/}), on the caller's
   * thread. Failures propagate.
   */
  public void forEachAssetGroup(Consumer<AssetGroup> onGroup) {
    run(() -> vm.forEachAssetGroup(onGroup));
  }

  /**
   * The QIDs of the knowledge base entries Qualys changed after {@code after} ({@code
   * /api/2.0/fo/knowledge_base/vuln/}, {@code details=None}, {@code last_modified_after}),
   * ascending, as text, on the caller's thread. Failures propagate.
   */
  public void forEachChangedQid(Instant after, Consumer<String> onQid) {
    run(() -> vm.forEachChangedQid(after, onQid));
  }

  /**
   * KnowledgeBase entries ({@code /api/2.0/fo/knowledge_base/vuln/}, {@code details=All}) of these
   * QIDs, each requested once, in batches run in parallel within the governor's limit; handlers
   * are called concurrently. A non-numeric QID is reported, not requested.
   */
  public void forEachVulnerability(
      List<String> qids, RecordHandler<KbVuln> onVuln, PageFailureHandler onFailure) {
    run(() -> vm.forEachVulnerability(qids, onVuln, onFailure));
  }

  /**
   * Scanned web apps ({@code /qps/rest/3.0/search/was/webapp}, {@code isScanned EQUALS true},
   * {@code lastScan.date GREATER} the query's date), on the caller's thread. Failures propagate.
   */
  public void forEachWebApp(WebAppQuery query, RecordHandler<WebApp> onApp) {
    run(() -> was.forEachWebApp(query, onApp));
  }

  /**
   * Findings of these web apps ({@code /qps/rest/3.0/search/was/finding}, {@code webApp.id IN}
   * chunks in parallel, {@code lastDetectedDate GREATER} the query's date, {@code id GREATER
   * lastId} paging). Handlers are called concurrently. Findings are not de-duplicated.
   */
  public void forEachWebAppFinding(
      List<String> webAppIds,
      FindingQuery query,
      RecordHandler<WebAppFinding> onFinding,
      PageFailureHandler onFailure) {
    run(() -> was.forEachWebAppFinding(List.copyOf(webAppIds), query, onFinding, onFailure));
  }

  @Override
  public void close() {
    governor.close();
    executor.close();
    http.close();
  }

  private static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  // A handler's own exception leaves the client exactly as the handler threw it.
  private static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (HandlerFailure e) {
      throw e.handlerException();
    }
  }
}
