package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.AssetGroups;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.query.IdRanges;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/2.0/fo/asset/group/} {@code action=list}: the subscription's asset groups ascending
 * by id, filtered by {@code ids}, {@code id_min}, {@code id_max} and {@code title} (exact, any
 * case). Each {@code ASSET_GROUP} carries {@code ID} and {@code TITLE}. The list is short, so it
 * is one page.
 */
public final class AssetGroupEndpoint implements Endpoint {
  static final V2Params.Rules RULES = new V2Params.Rules(
      Set.of(
          "action",
          "echo_request",
          "ids",
          "id_min",
          "id_max",
          "truncation_limit",
          "title",
          "show_attributes"),
      Set.of(),
      Set.of("network_ids", "unit_id", "user_id", "output_format"));
  private static final String ROOT = "ASSET_GROUP_LIST_OUTPUT";

  @Override
  public Reply handle(CallContext ctx) {
    var p = V2Params.check(ctx.request().params(), RULES);
    IdRanges ids = p.ids("ids");
    IdRanges scope = (ids == null ? IdRanges.of(1, Long.MAX_VALUE) : ids)
        .clip(p.longValue("id_min", 1), p.longValue("id_max", Long.MAX_VALUE));
    String title = p.get("title");
    boolean echo = p.flag("echo_request", false);
    var groups = ctx.account().assetGroups().all().stream()
        .filter(g -> scope.contains(g.id()))
        .filter(g -> title == null
            || g.title().toLowerCase(Locale.ROOT).equals(title.strip().toLowerCase(Locale.ROOT)))
        .toList();
    BodyWriter body = BodyWriter.of(out -> {
      V2Document.open(out, ctx, ROOT, "/api/2.0/fo/asset/group/asset_group_list_output.dtd", echo);
      out.open("RESPONSE");
      out.leafDate("DATETIME", ctx.wallClock());
      if (!groups.isEmpty()) {
        out.open("ASSET_GROUP_LIST");
        for (AssetGroups.Group group : groups) {
          out.open("ASSET_GROUP");
          out.leaf("ID", group.id());
          out.leafCdata("TITLE", group.title());
          out.close("ASSET_GROUP");
        }
        out.close("ASSET_GROUP_LIST");
      }
      out.close("RESPONSE");
      V2Document.close(out, ctx, ROOT);
    });
    return Reply.status(200, SimpleReturn.APPLICATION_XML).body(body).build();
  }
}
