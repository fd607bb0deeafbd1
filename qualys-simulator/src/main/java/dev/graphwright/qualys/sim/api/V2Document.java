package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Map;

/** The frame of a v2 XML response: declaration, DOCTYPE, banner comments, optional echo. */
final class V2Document {
  static final String EVALUATION_BANNER =
      " This report was generated with an evaluation version of Qualys //";
  static final String CONFIDENTIAL_BANNER =
      " CONFIDENTIAL AND PROPRIETARY INFORMATION. Qualys provides the QualysGuard"
          + " Service \"As Is,\" without any warranty of any kind. Qualys makes no warranty that the information"
          + " contained in this report is complete or error-free. Copyright 2026, Qualys, Inc. //";

  private V2Document() {}

  /** Opens the document and its root; with {@code echo_request=1} also writes {@code REQUEST}. */
  static void open(XmlOut out, CallContext ctx, String root, String dtdPath, boolean echo) {
    out.declaration();
    out.doctype(root, ctx.request().origin() + dtdPath);
    if (ctx.profile().evaluation()) {
      out.comment(EVALUATION_BANNER);
    }
    out.open(root);
    if (echo) {
      echo(out, ctx);
    }
  }

  /** Closes the root and writes the trailing banners. */
  static void close(XmlOut out, CallContext ctx, String root) {
    out.close(root);
    if (ctx.profile().evaluation()) {
      out.comment(EVALUATION_BANNER);
      out.comment(CONFIDENTIAL_BANNER);
    }
  }

  private static void echo(XmlOut out, CallContext ctx) {
    out.open("REQUEST");
    out.leafDate("DATETIME", ctx.wallClock());
    out.leaf("USER_LOGIN", ctx.profile().username());
    out.leaf("RESOURCE", ctx.request().origin() + ctx.request().path());
    out.open("PARAM_LIST");
    for (Map.Entry<String, String> e : ctx.request().params().entries()) {
      out.open("PARAM");
      out.leaf("KEY", e.getKey());
      out.leafCdata("VALUE", e.getValue());
      out.close("PARAM");
    }
    out.close("PARAM_LIST");
    out.close("REQUEST");
  }
}
