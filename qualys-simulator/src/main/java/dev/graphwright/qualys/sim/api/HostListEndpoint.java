package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.Reply;
import java.util.Set;

/**
 * {@code /api/2.0/fo/asset/host/} {@code action=list}: scanned hosts ascending by id.
 * {@code details=None} lists ids in {@code ID_SET} ({@code ID}, and {@code ID_RANGE} for runs of
 * consecutive ids); {@code Basic} (default) and {@code All} list {@code HOST} elements. Pages hold
 * {@code truncation_limit} hosts (default 1000, 0 = all) and end with the 1980 WARNING.
 */
public final class HostListEndpoint implements Endpoint {
  static final V2Params.Rules RULES = new V2Params.Rules(
      DetectionEndpoint.union(
          V2HostScope.PARAMS,
          Set.of(
              "action",
              "echo_request",
              "details",
              "truncation_limit",
              "show_tags",
              "show_asset_id",
              "host_metadata",
              "host_metadata_fields")),
      Set.of(
          "show_cloud_tags",
          "cloud_tag_fields",
          "show_ars",
          "show_ars_factors",
          "show_trurisk",
          "show_trurisk_factors"),
      Set.of(
          "os_pattern",
          "ips",
          "ipv6",
          "network_ids",
          "compliance_enabled",
          "no_compliance_scan_since",
          "compliance_scan_since",
          "vm_auth_scan_date_before",
          "vm_auth_scan_date_after",
          "scap_scan_since",
          "no_scap_scan_since",
          "os_hostname",
          "ars_min",
          "ars_max",
          "trurisk_min",
          "trurisk_max"));

  /** The {@code details} levels. */
  enum Details {
    NONE,
    BASIC,
    ALL
  }

  @Override
  public Reply handle(CallContext ctx) {
    var p = V2Params.check(ctx.request().params(), RULES);
    String details = p.choice("details", "Basic", "None", "Basic", "Basic/AGs", "All", "All/AGs");
    var level = switch (details) {
      case "None" -> Details.NONE;
      case "All", "All/AGs" -> Details.ALL;
      default -> Details.BASIC;
    };
    var page = new HostListBody.Page(
        level,
        p.integer("truncation_limit", 1000),
        new HostXml.Options(
            p.flag("show_asset_id", false),
            p.flag("show_tags", false),
            DetectionEndpoint.showsEc2Metadata(p),
            p.lowerList("host_metadata_fields")),
        p.flag("echo_request", false));
    var scope = V2HostScope.parse(p, ctx.dataNow(), ctx.account().assetGroups());
    return Reply.status(200, SimpleReturn.APPLICATION_XML)
        .body(new HostListBody(ctx, scope, page))
        .build();
  }
}
