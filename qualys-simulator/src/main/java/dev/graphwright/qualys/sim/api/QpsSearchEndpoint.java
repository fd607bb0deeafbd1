package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.faults.FaultKind;
import dev.graphwright.qualys.sim.http.Reply;
import java.util.function.Function;

/**
 * A QPS search endpoint ({@code POST /qps/rest/.../search/...}): parses the ServiceRequest, finds
 * the page and streams it. Bad criteria get HTTP 200 with {@code INVALID_REQUEST}.
 */
public final class QpsSearchEndpoint<T> implements Endpoint {
  private final Function<CallContext, QpsResource<T>> resources;
  private final String xsd;
  private final boolean emptyDataOnNoResult;
  private final FaultKind duplicateFault;
  private final boolean perHostLatency;

  private QpsSearchEndpoint(
      Function<CallContext, QpsResource<T>> resources,
      String xsd,
      boolean emptyDataOnNoResult,
      FaultKind duplicateFault,
      boolean perHostLatency) {
    this.resources = resources;
    this.xsd = xsd;
    this.emptyDataOnNoResult = emptyDataOnNoResult;
    this.duplicateFault = duplicateFault;
    this.perHostLatency = perHostLatency;
  }

  /** {@code /qps/rest/2.0/search/am/hostasset}. */
  public static Endpoint hostAssets() {
    return new QpsSearchEndpoint<>(
        ctx -> new HostAssetResource(ctx.account()), QpsDocument.HOST_ASSET_XSD, false, null, true);
  }

  /** {@code /qps/rest/2.0/search/am/tag}. */
  public static Endpoint tags() {
    return new QpsSearchEndpoint<>(
        ctx -> new TagResource(), QpsDocument.TAG_XSD, false, null, false);
  }

  /** {@code /qps/rest/3.0/search/was/webapp}. */
  public static Endpoint webApps() {
    return new QpsSearchEndpoint<>(
        ctx -> new WebAppResource(ctx.account()), QpsDocument.WEBAPP_XSD, true, null, false);
  }

  /** {@code /qps/rest/3.0/search/was/finding}. */
  public static Endpoint findings() {
    return new QpsSearchEndpoint<>(
        ctx -> new FindingResource(ctx.account()),
        QpsDocument.FINDING_XSD,
        false,
        FaultKind.DUPLICATE_WEBAPP_FINDING,
        false);
  }

  @Override
  public Reply handle(CallContext ctx) {
    try {
      var request = QpsRequest.parse(ctx.request().bodyText());
      QpsResource<T> resource = resources.apply(ctx);
      var criteria = QpsCriteria.compile(request.criteria(), resource.fields());
      var page = QpsPage.find(resource, criteria, request);
      var settings = new QpsSearchBody.Settings(
          xsd, emptyDataOnNoResult, request.verbose(), duplicateFault, perHostLatency);
      return Reply.status(200, "application/xml")
          .body(new QpsSearchBody<>(ctx, resource, page, settings))
          .build();
    } catch (QpsException e) {
      return QpsDocument.error(
          ctx.request().origin(), xsd, "INVALID_REQUEST", e.getMessage(), e.resolution());
    }
  }
}
