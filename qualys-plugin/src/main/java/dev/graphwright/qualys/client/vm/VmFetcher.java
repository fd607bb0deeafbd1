package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.RunMetrics;
import dev.graphwright.qualys.client.handler.PageFailureHandler;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.ApiRequest;
import dev.graphwright.qualys.client.http.PageFailures;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.http.PageRunner;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.limits.Governor;
import dev.graphwright.qualys.client.xml.QualysValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VM v2 downloads: host ids, host detections per id range, KnowledgeBase vulnerabilities.
 * Internal to the client; {@code QualysClient} documents the contract.
 */
public final class VmFetcher {

  /** The run-record counter of knowledge base requests (id batches and change lists). */
  public static final String KB_REQUESTS = "kbRequests";

  private static final Logger log = LoggerFactory.getLogger(VmFetcher.class);

  private final VmApi api;
  private final RequestExecutor executor;
  private final Governor governor;
  private final VmPaging paging;
  private final RunMetrics metrics;

  public VmFetcher(
      VmApi api, RequestExecutor executor, Governor governor, VmPaging paging, RunMetrics metrics) {
    this.metrics = metrics;
    this.api = api;
    this.executor = executor;
    this.governor = governor;
    this.paging = paging;
  }

  /** Host ids ascending, following WARNING/id_min pages; failures propagate. */
  public void forEachScannedHostId(HostIdQuery query, Consumer<String> onId) {
    var params = new LinkedHashMap<String, String>();
    params.put("action", "list");
    params.put("details", "None");
    params.put("truncation_limit", Integer.toString(paging.hostListTruncation()));
    params.putAll(query.toParams());
    allPages(
        "VmApi.listHosts",
        VmApi.HOST_LIST,
        params,
        api::listHosts,
        new IdSetPageParser(onId),
        "host list");
  }

  /** Detections of each range, ranges in parallel, id_min pages within a range in order. */
  public void forEachHostDetection(
      List<IdRange> ranges,
      DetectionQuery query,
      DetectionHandler handler,
      PageFailureHandler onFailure) {
    var params = query.toParams();
    params.put("truncation_limit", Integer.toString(paging.detectionTruncation()));
    PageRunner.run("qualys-detections", ranges, paging.workers(), range -> {
      var rangeParams = new LinkedHashMap<>(params);
      rangeParams.put("ids", range.toParam());
      pagesOf(
          "detections ids=" + range,
          rangeParams,
          range.last(),
          onFailure,
          "VmApi.listHostDetections",
          VmApi.DETECTIONS,
          api::listHostDetections,
          what -> new DetectionPageParser(
              handler, detail -> PageFailures.badRecord(onFailure, what, detail)));
    });
  }

  /** KB vulnerabilities of the given QIDs, each requested once, batches in parallel. */
  public void forEachVulnerability(
      List<String> qids, RecordHandler<KbVuln> onVuln, PageFailureHandler onFailure) {
    var unique = new TreeSet<String>(Comparator.comparingLong(Long::parseLong));
    for (String qid : qids) {
      if (QualysValues.isDigits(qid) && qid.length() < 19) {
        unique.add(qid);
      } else {
        PageFailures.badRecord(
            onFailure, "knowledge base", "QID '" + qid + "' is not a number; not requested");
      }
    }
    var batches = new ArrayList<List<String>>();
    var batch = new ArrayList<String>();
    for (String qid : unique) {
      batch.add(qid);
      if (batch.size() == paging.kbQidsPerRequest()) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    PageRunner.run("qualys-kb", batches, paging.workers(), qidBatch -> {
      var params = new LinkedHashMap<String, String>();
      params.put("action", "list");
      params.put("details", "All");
      params.put("ids", String.join(",", qidBatch));
      String what = "knowledge base ids=" + qidBatch.getFirst() + ".." + qidBatch.getLast() + " ("
          + qidBatch.size() + " QIDs)";
      pagesOf(
          what,
          params,
          Long.MAX_VALUE,
          onFailure,
          "VmApi.listVulnerabilities",
          VmApi.KNOWLEDGE_BASE,
          api::listVulnerabilities,
          w -> new KbPageParser(onVuln, detail -> PageFailures.badRecord(onFailure, w, detail)));
    });
  }

  /**
   * The QIDs of every knowledge base entry changed after {@code after} ({@code details=None},
   * {@code last_modified_after}), ascending; failures propagate.
   */
  public void forEachChangedQid(Instant after, Consumer<String> onQid) {
    var params = new LinkedHashMap<String, String>();
    params.put("action", "list");
    params.put("details", "None");
    QueryParams.putInstant(params, "last_modified_after", after);
    allPages(
        "VmApi.listVulnerabilities",
        VmApi.KNOWLEDGE_BASE,
        params,
        api::listVulnerabilities,
        new IdSetPageParser(onQid),
        "knowledge base changes");
  }

  /** Every asset group the user may see (id and title), following WARNING/id_min pages. */
  public void forEachAssetGroup(Consumer<AssetGroup> onGroup) {
    var params = new LinkedHashMap<String, String>();
    params.put("action", "list");
    params.put("show_attributes", "ID,TITLE");
    allPages(
        "VmApi.listAssetGroups",
        VmApi.ASSET_GROUPS,
        params,
        api::listAssetGroups,
        new AssetGroupPageParser(onGroup),
        "asset groups");
  }

  /** Every WARNING/id_min page of one request, in order, on the caller's thread; failures propagate. */
  private void allPages(
      String label,
      String path,
      Map<String, String> params,
      Function<Map<String, String>, retrofit2.Call<okhttp3.ResponseBody>> call,
      PageParser<@Nullable String> parser,
      String what) {
    String idMin = null;
    do {
      String next = page(label, path, params, idMin, call, parser);
      idMin = advance(idMin, next, Long.MAX_VALUE, what);
    } while (idMin != null);
  }

  /** One paged request sequence, each page isolated: a failed page ends the sequence, reported. */
  private void pagesOf(
      String what,
      Map<String, String> params,
      long lastId,
      PageFailureHandler onFailure,
      String label,
      String path,
      Function<Map<String, String>, retrofit2.Call<okhttp3.ResponseBody>> call,
      Function<String, PageParser<@Nullable String>> parserFor) {
    String idMin = null;
    do {
      String pageWhat = idMin == null ? what : what + " id_min=" + idMin;
      String from = idMin;
      String[] next = {null};
      boolean ok = PageFailures.isolate(
          pageWhat,
          onFailure,
          () -> next[0] = page(label, path, params, from, call, parserFor.apply(pageWhat)));
      idMin = ok ? advance(idMin, next[0], lastId, what) : null;
    } while (idMin != null);
  }

  private @Nullable String page(
      String label,
      String path,
      Map<String, String> params,
      @Nullable String idMin,
      Function<Map<String, String>, retrofit2.Call<okhttp3.ResponseBody>> call,
      PageParser<@Nullable String> parser) {
    var form = new LinkedHashMap<>(params);
    if (idMin != null) {
      form.put("id_min", idMin);
    }
    if (path.equals(VmApi.KNOWLEDGE_BASE)) {
      metrics.increment(KB_REQUESTS);
    }
    var request = ApiRequest.form(label, path, form, () -> call.apply(form));
    return executor.execute(request, governor.limited(path), parser);
  }

  /** The next id_min, or null when paging is done (or would not move forward). */
  private static @Nullable String advance(
      @Nullable String current, @Nullable String next, long lastId, String what) {
    if (next == null) {
      return null;
    }
    long nextValue = Long.parseLong(next);
    if (current != null && nextValue <= Long.parseLong(current)) {
      log.warn(
          "Qualys paging of {} did not advance (id_min {} after {}); stopping",
          what,
          next,
          current);
      return null;
    }
    return nextValue > lastId ? null : next;
  }
}
