package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.xml.XmlOut;

/** The frame of a QPS response, {@code ServiceResponse}, and its error forms. */
final class QpsDocument {
  static final String HOST_ASSET_XSD = "/qps/xsd/2.0/am/hostasset.xsd";
  static final String TAG_XSD = "/qps/xsd/2.0/am/tag.xsd";
  static final String WEBAPP_XSD = "/qps/xsd/3.0/was/webapp.xsd";
  static final String FINDING_XSD = "/qps/xsd/3.0/was/finding.xsd";
  static final String VERSION_XSD = "/qps/xsd/version.xsd";

  private QpsDocument() {}

  static void open(XmlOut out, String origin, String xsdPath) {
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.open(
        "ServiceResponse",
        "xmlns:xsi",
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:noNamespaceSchemaLocation",
        origin + xsdPath);
  }

  static void close(XmlOut out) {
    out.close("ServiceResponse");
  }

  /** HTTP 200 with a non-SUCCESS {@code responseCode}, as QPS reports errors. */
  static Reply error(
      String origin, String xsdPath, String code, String message, String resolution) {
    BodyWriter body = BodyWriter.of(out -> {
      open(out, origin, xsdPath);
      out.leaf("responseCode", code);
      out.open("responseErrorDetails");
      out.leaf("errorMessage", message);
      out.leaf("errorResolution", resolution);
      out.close("responseErrorDetails");
      close(out);
    });
    return Reply.status(200, "application/xml").body(body).build();
  }
}
