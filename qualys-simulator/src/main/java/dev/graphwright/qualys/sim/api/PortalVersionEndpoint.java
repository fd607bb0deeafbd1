package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;

/** {@code GET /qps/rest/portal/version}: the lightweight credential check newer clients use. */
public final class PortalVersionEndpoint implements Endpoint {
  @Override
  public Reply handle(CallContext ctx) {
    BodyWriter body = BodyWriter.of(out -> {
      QpsDocument.open(out, ctx.request().origin(), QpsDocument.VERSION_XSD);
      out.leaf("responseCode", "SUCCESS");
      out.leaf("count", 1);
      out.open("data");
      out.open("Portal-Version");
      out.leaf("PortalApplication-VERSION", "3.21.0.0-1 OFFICIAL #104 (2026-01-15T08:12:44Z)");
      out.leaf("WAS-VERSION", "9.10.0.0");
      out.leaf("VM-VERSION", "1.0.3");
      out.leaf("CA-VERSION", "4.6.0");
      out.leaf("ITAM-VERSION", "2.5.0");
      out.leaf("PM-VERSION", "3.1.0");
      out.close("Portal-Version");
      out.open("QWeb-Version");
      out.leaf("WEB-VERSION", "10.31.1.0-1");
      out.leaf("SCANNER-VERSION", "13.7.21-1");
      out.leaf("VULNSIGS-VERSION", "2.6.160-2");
      out.close("QWeb-Version");
      out.close("data");
      QpsDocument.close(out);
    });
    return Reply.status(200, "application/xml").body(body).build();
  }
}
