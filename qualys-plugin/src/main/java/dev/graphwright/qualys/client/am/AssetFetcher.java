package dev.graphwright.qualys.client.am;

import dev.graphwright.qualys.client.handler.PageFailureHandler;
import dev.graphwright.qualys.client.handler.RecordHandler;
import dev.graphwright.qualys.client.http.PageFailures;
import dev.graphwright.qualys.client.http.PageRunner;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.limits.Governor;
import dev.graphwright.qualys.client.qps.QpsPageParser;
import dev.graphwright.qualys.client.qps.QpsPager;
import dev.graphwright.qualys.client.qps.QpsRecordReader;
import dev.graphwright.qualys.client.qps.QpsSearch;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Host assets by QWEB host id: {@code qwebHostId IN (batch)} searches, several batches in parallel
 * (QPS announces no limits, so the parallelism is fixed), each paged by {@code id GREATER lastId}.
 * Internal to the client.
 */
public final class AssetFetcher {

  private final AssetApi api;
  private final RequestExecutor executor;
  private final Governor governor;
  private final int idsPerRequest;
  private final int parallelism;

  public AssetFetcher(
      AssetApi api,
      RequestExecutor executor,
      Governor governor,
      int idsPerRequest,
      int parallelism) {
    this.api = api;
    this.executor = executor;
    this.governor = governor;
    this.idsPerRequest = idsPerRequest;
    this.parallelism = parallelism;
  }

  public void forEachHostAsset(
      List<String> qwebHostIds, RecordHandler<HostAsset> onAsset, PageFailureHandler onFailure) {
    var batches = new ArrayList<List<String>>();
    for (int i = 0; i < qwebHostIds.size(); i += idsPerRequest) {
      batches.add(qwebHostIds.subList(i, Math.min(qwebHostIds.size(), i + idsPerRequest)));
    }
    var gate = governor.fixed(AssetApi.SEARCH_HOST_ASSETS, parallelism);
    var parser = new QpsPageParser<>(
        "HostAsset",
        HostAssetMapper.READER,
        onAsset,
        detail -> PageFailures.badRecord(onFailure, "host asset", detail));
    PageRunner.run("qualys-hostassets", batches, parallelism, batch -> {
      String what = "host assets qwebHostId=" + batch.getFirst() + ".." + batch.getLast() + " ("
          + batch.size() + " ids)";
      var search = QpsSearch.of(idsPerRequest).and("qwebHostId", "IN", String.join(",", batch));
      PageFailures.isolate(
          what,
          onFailure,
          () -> QpsPager.pages(
              executor,
              gate,
              "AssetApi.searchHostAssets",
              AssetApi.SEARCH_HOST_ASSETS,
              search,
              api::searchHostAssets,
              parser));
    });
  }

  /** The tags named exactly {@code name} ({@code name EQUALS}), on the caller's thread. */
  public void forEachTagNamed(String name, Consumer<Tag> onTag) {
    var gate = governor.fixed(AssetApi.SEARCH_TAGS, 1);
    var parser = new QpsPageParser<>(
        "Tag",
        (reader, rawRef) -> {
          var node = XmlNode.read(reader);
          var tag = new Tag(String.valueOf(node.text("id")), String.valueOf(node.text("name")));
          return new QpsRecordReader.Read<>(tag, node.text("id"));
        },
        onTag::accept,
        detail -> {}); // the element tree reads every shape: nothing is skipped
    QpsPager.pages(
        executor,
        gate,
        "AssetApi.searchTags",
        AssetApi.SEARCH_TAGS,
        QpsSearch.of(100).and("name", "EQUALS", name),
        api::searchTags,
        parser);
  }
}
