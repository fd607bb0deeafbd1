package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.VulnRecord;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.query.IdRanges;
import java.util.Set;

/**
 * {@code /api/2.0/fo/knowledge_base/vuln/} {@code action=list}: knowledge base entries ascending
 * by QID; unknown QIDs are left out; without {@code ids} the whole knowledge base is listed.
 * {@code details=None} gives an {@code ID_SET}; {@code Basic} (default) and {@code All} give the
 * same {@code VULN} elements, as the recorded Basic output already carried the texts.
 */
public final class KnowledgeBaseEndpoint implements Endpoint {
  static final V2Params.Rules RULES = new V2Params.Rules(
      Set.of(
          "action",
          "echo_request",
          "details",
          "ids",
          "id_min",
          "id_max",
          "is_patchable",
          "last_modified_after",
          "last_modified_before",
          "last_modified_by_service_after",
          "last_modified_by_service_before",
          "published_after",
          "published_before"),
      Set.of(
          "show_pci_reasons",
          "show_supported_modules_info",
          "show_disabled_flag",
          "show_qid_change_log"),
      Set.of(
          "last_modified_by_user_after",
          "last_modified_by_user_before",
          "discovery_method",
          "discovery_auth_types",
          "code_modified_after",
          "code_modified_before"));

  /**
   * Filters on knowledge base facts; {@code _after} and {@code _before} bounds are exclusive.
   *
   * @param patchable null for any
   */
  record VulnFilter(
      Boolean patchable,
      Long modifiedAfter,
      Long modifiedBefore,
      Long publishedAfter,
      Long publishedBefore) {

    boolean any() {
      return patchable != null
          || modifiedAfter != null
          || modifiedBefore != null
          || publishedAfter != null
          || publishedBefore != null;
    }

    boolean matches(VulnRecord v) {
      return (patchable == null || v.patchable() == patchable)
          && (modifiedAfter == null || v.lastModified() > modifiedAfter)
          && (modifiedBefore == null || v.lastModified() < modifiedBefore)
          && (publishedAfter == null || v.published() > publishedAfter)
          && (publishedBefore == null || v.published() < publishedBefore);
    }
  }

  @Override
  public Reply handle(CallContext ctx) {
    var p = V2Params.check(ctx.request().params(), RULES);
    String details = p.choice("details", "Basic", "None", "Basic", "All");
    IdRanges ids = p.ids("ids");
    IdRanges scope = (ids == null ? IdRanges.of(1, Long.MAX_VALUE) : ids)
        .clip(p.longValue("id_min", 1), p.longValue("id_max", Long.MAX_VALUE));
    Long modifiedAfter =
        first(p.date("last_modified_after"), p.date("last_modified_by_service_after"));
    Long modifiedBefore =
        first(p.date("last_modified_before"), p.date("last_modified_by_service_before"));
    String patchable = p.get("is_patchable");
    var filter = new VulnFilter(
        patchable == null ? null : p.flag("is_patchable", false),
        modifiedAfter,
        modifiedBefore,
        p.date("published_after"),
        p.date("published_before"));
    var body = new KnowledgeBaseBody(
        ctx, scope, filter, details.equals("None"), p.flag("echo_request", false));
    return Reply.status(200, SimpleReturn.APPLICATION_XML).body(body).build();
  }

  private static Long first(Long a, Long b) {
    return a != null ? a : b;
  }
}
