package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.xml.IsoDates;
import java.util.Set;

/**
 * {@code /api/2.0/fo/activity_log/} {@code action=list}: the CSV credential check older clients
 * use. A few login entries; truncation pages with {@code id_max}, descending, as Qualys does for
 * this API (unlike the host APIs).
 */
public final class ActivityLogEndpoint implements Endpoint {
  static final V2Params.Rules RULES = new V2Params.Rules(
      Set.of("action", "echo_request", "truncation_limit", "id_max", "username", "output_format"),
      Set.of("date_from", "date_to", "user_action", "action_details", "user_role", "id_min"),
      Set.of());
  private static final int ENTRIES = 5;

  @Override
  public Reply handle(CallContext ctx) {
    var p = V2Params.check(ctx.request().params(), RULES);
    int limit = p.integer("truncation_limit", 1000);
    long idMax = p.longValue("id_max", Long.MAX_VALUE);
    long firstId = 500_000 + ENTRIES;
    long now = ctx.wallClock();
    String user = p.get("username") == null ? ctx.profile().username() : p.get("username");
    BodyWriter body = BodyWriter.of(out -> {
      out.raw("----BEGIN_RESPONSE_BODY_CSV\n");
      out.raw(
          "\"ID\",\"Date\",\"Action\",\"Module\",\"Details\",\"User Name\",\"User Role\",\"User IP\"\n");
      int written = 0;
      long nextId = -1;
      for (long id = Math.min(firstId, idMax); id > firstId - ENTRIES; id--) {
        if (limit > 0 && written == limit) {
          nextId = id;
          break;
        }
        out.raw("\"" + id + "\",\"" + IsoDates.format(now - (firstId - id) * 3_600)
            + "\",\"request\",\"auth\"," + "\"API: /api/2.0/fo/activity_log/\",\"" + user
            + "\",\"Manager\",\"10.0.0." + (id % 200) + "\"\n");
        written++;
      }
      out.raw("----END_RESPONSE_BODY_CSV\n");
      if (nextId > 0) {
        out.raw("----BEGIN_RESPONSE_FOOTER_CSV\n\"WARNING\"\n\"CODE\",\"TEXT\",\"URL\"\n\"1980\",\""
            + limit
            + " record limit exceeded. Use URL to get next batch of results.\",\""
            + ctx.request().origin()
            + ctx.request().path() + "?action=list&truncation_limit=" + limit + "&id_max=" + nextId
            + "\"\n"
            + "----END_RESPONSE_FOOTER_CSV\n");
      }
    });
    return Reply.status(200, "text/csv;charset=UTF-8").body(body).build();
  }
}
