package dev.graphwright.qualys.client.was;

import dev.graphwright.qualys.client.handler.PageFailureHandler;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.PageFailures;
import dev.graphwright.qualys.client.http.PageRunner;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.limits.Governor;
import dev.graphwright.qualys.client.qps.QpsPageParser;
import dev.graphwright.qualys.client.qps.QpsPager;
import dev.graphwright.qualys.client.qps.QpsSearch;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WAS downloads: scanned web apps (one paged search) and their findings ({@code webApp.id IN}
 * chunks in parallel, each paged by {@code id GREATER lastId}). Internal to the client.
 */
public final class WasFetcher {

  private static final Logger log = LoggerFactory.getLogger(WasFetcher.class);

  private final WasApi api;
  private final RequestExecutor executor;
  private final Governor governor;
  private final WasPaging paging;

  /**
   * @param paging page size, web app ids per finding search, parallelism
   */
  public WasFetcher(WasApi api, RequestExecutor executor, Governor governor, WasPaging paging) {
    this.api = api;
    this.executor = executor;
    this.governor = governor;
    this.paging = paging;
  }

  /** Page sizes and parallelism of the WAS searches. */
  public record WasPaging(int limitResults, int webAppIdsPerRequest, int parallelism) {}

  public void forEachWebApp(WebAppQuery query, RecordHandler<WebApp> onApp) {
    var search = QpsSearch.of(paging.limitResults()).and("isScanned", "EQUALS", "true");
    if (query.lastScannedAfter() != null) {
      search = search.and("lastScan.date", "GREATER", format(query.lastScannedAfter()));
    }
    var parser = new QpsPageParser<>(
        "WebApp",
        WasMappers.WEB_APP,
        onApp,
        // forEachWebApp has no failure handler: the log names the skipped record.
        detail -> log.warn("Web app {}", detail));
    QpsPager.pages(
        executor,
        governor.fixed(WasApi.SEARCH_WEB_APPS, paging.parallelism()),
        "WasApi.searchWebApps",
        WasApi.SEARCH_WEB_APPS,
        search,
        api::searchWebApps,
        parser);
  }

  public void forEachWebAppFinding(
      List<String> webAppIds,
      FindingQuery query,
      RecordHandler<WebAppFinding> onFinding,
      PageFailureHandler onFailure) {
    var chunks = new ArrayList<List<String>>();
    for (int i = 0; i < webAppIds.size(); i += paging.webAppIdsPerRequest()) {
      chunks.add(
          webAppIds.subList(i, Math.min(webAppIds.size(), i + paging.webAppIdsPerRequest())));
    }
    var gate = governor.fixed(WasApi.SEARCH_FINDINGS, paging.parallelism());
    var parser = new QpsPageParser<>(
        "Finding",
        WasMappers.FINDING,
        onFinding,
        detail -> PageFailures.badRecord(onFailure, "web app finding", detail));
    PageRunner.run("qualys-was-findings", chunks, paging.parallelism(), chunk -> {
      var search =
          QpsSearch.of(paging.limitResults()).and("webApp.id", "IN", String.join(",", chunk));
      if (query.lastDetectedAfter() != null) {
        search = search.and("lastDetectedDate", "GREATER", format(query.lastDetectedAfter()));
      }
      var chunkSearch = search;
      PageFailures.isolate(
          "web app findings webApp.id=" + String.join(",", chunk),
          onFailure,
          () -> QpsPager.pages(
              executor,
              gate,
              "WasApi.searchFindings",
              WasApi.SEARCH_FINDINGS,
              chunkSearch,
              api::searchFindings,
              parser));
    });
  }

  private static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
