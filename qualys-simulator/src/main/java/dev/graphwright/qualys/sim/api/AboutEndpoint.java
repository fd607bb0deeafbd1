package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.xml.IsoDates;

/** {@code /msp/about.php} (API v1): versions; clients call it to read the limit headers. */
public final class AboutEndpoint implements Endpoint {
  @Override
  public Reply handle(CallContext ctx) {
    BodyWriter body = BodyWriter.of(out -> {
      out.declaration();
      out.doctype("ABOUT", ctx.request().origin() + "/about.dtd");
      out.open("ABOUT");
      out.empty("API-VERSION", "MAJOR", "1", "MINOR", "4");
      out.leaf("WEB-VERSION", "10.31.1.0-1");
      out.leaf("SCANNER-VERSION", "13.7.21-1");
      out.leaf("VULNSIGS-VERSION", "2.6.160-2");
      out.close("ABOUT");
      out.comment(" Generated for username=\"" + ctx.profile().username() + "\" date=\""
          + IsoDates.format(ctx.wallClock()) + "\" ");
    });
    return Reply.status(200, SimpleReturn.APPLICATION_XML).body(body).build();
  }
}
