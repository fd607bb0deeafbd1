package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.DetectionType;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.query.DetectionFilter;
import dev.graphwright.qualys.sim.query.ParamException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code /api/2.0/fo/asset/host/vm/detection/} {@code action=list}: hosts with their detections,
 * ascending by host id, {@code truncation_limit} hosts per page (default 1000, 0 = all) with the
 * 1980 WARNING pointing at the next page through {@code id_min}. Hosts without a matching
 * detection are left out; unknown ids are ignored.
 */
public final class DetectionEndpoint implements Endpoint {
  static final V2Params.Rules RULES = new V2Params.Rules(
      union(
          V2HostScope.PARAMS,
          Set.of(
              "action",
              "echo_request",
              "output_format",
              "truncation_limit",
              "status",
              "detection_updated_since",
              "detection_updated_before",
              "max_days_since_detection_updated",
              "show_results",
              "show_igs",
              "include_vuln_type",
              "include_ignored",
              "include_disabled",
              "qids",
              "severities",
              "show_tags",
              "show_asset_id",
              "host_metadata",
              "host_metadata_fields",
              "show_qds",
              "show_qds_factors",
              "show_reopened_info")),
      Set.of(
          "suppress_duplicated_data_from_csv",
          "arf_kernel_filter",
          "arf_service_filter",
          "arf_config_filter",
          "active_kernels_only",
          "filter_superseded_qids",
          "show_cloud_tags",
          "cloud_tag_fields",
          "vuln_detection_source"),
      Set.of(
          "ips",
          "ipv6",
          "network_ids",
          "vm_auth_scan_date_before",
          "vm_auth_scan_date_after",
          "detection_processed_before",
          "detection_processed_after",
          "detection_last_tested_since",
          "detection_last_tested_since_days",
          "detection_last_tested_before",
          "detection_last_tested_before_days",
          "include_search_list_titles",
          "exclude_search_list_titles",
          "include_search_list_ids",
          "exclude_search_list_ids",
          "os_pattern",
          "compliance_enabled",
          "qds_min",
          "qds_max"));

  @Override
  public Reply handle(CallContext ctx) {
    var p = V2Params.check(ctx.request().params(), RULES);
    requireXml(p);
    var scope = V2HostScope.parse(p, ctx.dataNow(), ctx.account().assetGroups());
    var filter = filter(p, ctx.dataNow());
    var page = new DetectionBody.Page(
        p.integer("truncation_limit", 1000),
        p.flag("show_results", true),
        p.flag("show_qds", false),
        p.flag("show_qds", false) && p.flag("show_qds_factors", false),
        p.flag("show_reopened_info", false),
        new HostXml.Options(
            p.flag("show_asset_id", false),
            p.flag("show_tags", false),
            showsEc2Metadata(p),
            p.lowerList("host_metadata_fields")),
        p.flag("echo_request", false));
    return Reply.status(200, SimpleReturn.APPLICATION_XML)
        .body(new DetectionBody(ctx, scope, filter, page))
        .build();
  }

  static void requireXml(V2Params p) {
    String format = p.get("output_format");
    if (format != null && !format.equalsIgnoreCase("XML")) {
      throw ParamException.invalid("output_format", format + " (the simulator produces XML only)");
    }
  }

  static boolean showsEc2Metadata(V2Params p) {
    String metadata = p.choice("host_metadata", null, "all", "ec2", "azure", "google");
    return "all".equals(metadata) || "ec2".equals(metadata);
  }

  private static DetectionFilter filter(V2Params p, long dataNow) {
    var types = EnumSet.noneOf(DetectionType.class);
    String vulnType = p.choice("include_vuln_type", null, "confirmed", "potential");
    if (vulnType == null || vulnType.equals("confirmed")) {
      types.add(DetectionType.CONFIRMED);
    }
    if (vulnType == null || vulnType.equals("potential")) {
      types.add(DetectionType.POTENTIAL);
    }
    if (p.flag("show_igs", false)) {
      types.add(DetectionType.INFO);
    }
    String status = p.get("status");
    String severities = p.get("severities");
    Long since = p.date("detection_updated_since");
    if (p.get("max_days_since_detection_updated") != null) {
      long cutoff = dataNow - p.longValue("max_days_since_detection_updated", 0) * 86_400L;
      since = since == null ? cutoff : Math.max(since, cutoff);
    }
    return new DetectionFilter(
        status == null
            ? DetectionFilter.DEFAULT_STATUSES
            : DetectionFilter.parseStatuses("status", status),
        severities == null
            ? DetectionFilter.ALL_SEVERITIES
            : DetectionFilter.parseSeverities("severities", severities),
        types,
        since,
        p.date("detection_updated_before"),
        p.flag("include_ignored", false),
        p.flag("include_disabled", false),
        p.ids("qids"));
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    var all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
