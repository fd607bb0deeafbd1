package dev.graphwright.qualys.client.portal;

import dev.graphwright.qualys.client.http.ApiRequest;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.QualysErrors;
import dev.graphwright.qualys.client.http.RequestExecutor;
import dev.graphwright.qualys.client.limits.Governor;
import dev.graphwright.qualys.client.xml.SimpleReturn;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/** The portal version and about.php calls. Internal to the client. */
public final class PortalFetcher {

  private final PortalApi api;
  private final RequestExecutor executor;
  private final Governor governor;

  public PortalFetcher(PortalApi api, RequestExecutor executor, Governor governor) {
    this.api = api;
    this.executor = executor;
    this.governor = governor;
  }

  public PortalVersion portalVersion() {
    var request =
        ApiRequest.get("PortalApi.portalVersion", PortalApi.PORTAL_VERSION, api::portalVersion);
    XmlNode root = executor.execute(
        request, governor.fixed(PortalApi.PORTAL_VERSION, 1), PortalFetcher::readRoot);
    String code = root.text("responseCode");
    if (code != null && !code.equals("SUCCESS")) {
      XmlNode details = root.child("responseErrorDetails");
      throw QualysErrors.qps(
          PortalApi.PORTAL_VERSION,
          code,
          details == null ? null : details.text("errorMessage"),
          details == null ? null : details.text("errorResolution"));
    }
    var versions = new LinkedHashMap<String, String>();
    XmlNode data = root.child("data");
    if (data != null) {
      for (XmlNode group : data.children()) {
        collectVersions(group, versions);
      }
    }
    return new PortalVersion(versions.get("WAS-VERSION"), versions.get("VM-VERSION"), versions);
  }

  /** Calls about.php and seeds the governor with the limits its headers announce. */
  public SubscriptionInfo about() {
    var request = ApiRequest.get("PortalApi.about", PortalApi.ABOUT, api::about);
    SubscriptionInfo info = executor.execute(
        request,
        governor.limited(PortalApi.ABOUT),
        (reader, page) ->
            new SubscriptionInfo(aboutVersions(readRoot(reader, page)), page.limits()));
    governor.seed(info.limits());
    return info;
  }

  private static Map<String, String> aboutVersions(XmlNode about) {
    var versions = new LinkedHashMap<String, String>();
    for (XmlNode child : about.children()) {
      if (child.name().equals("API-VERSION")) {
        versions.put(
            child.name(),
            child.attributes().getOrDefault("MAJOR", "?") + "."
                + child.attributes().getOrDefault("MINOR", "?"));
      } else if (!child.hasChildren() && child.text() != null) {
        versions.put(child.name(), child.text());
      }
    }
    return versions;
  }

  private static void collectVersions(XmlNode group, Map<String, String> into) {
    for (XmlNode child : group.children()) {
      if (child.name().endsWith("-VERSION") && child.text() != null && !child.hasChildren()) {
        into.put(child.name(), child.text());
      }
    }
  }

  /** Reads the (small) document's root element; an error root becomes the matching error. */
  private static XmlNode readRoot(XMLStreamReader2 reader, PageContext page)
      throws XMLStreamException {
    XmlNode root = null;
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT && root == null) {
        root = XmlNode.read(reader);
      }
    }
    if (root == null) {
      throw new XMLStreamException("empty document");
    }
    if (SimpleReturn.isErrorRoot(root.name())) {
      throw QualysErrors.simpleReturn(page.endpoint(), 200, SimpleReturn.from(root));
    }
    return root;
  }
}
