package dev.graphwright.qualys.client.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Streams host detection pages for hosts 1..N without building them in memory: every host has
 * the same realistic detection list (QIDs 100001..), only the host header differs.
 */
final class DetectionBodies {

  private final int hosts;
  private final byte[] detectionList;

  DetectionBodies(int hosts, int detectionsPerHost) {
    this.hosts = hosts;
    var list = new StringBuilder("<DETECTION_LIST>");
    for (int d = 0; d < detectionsPerHost; d++) {
      list.append("<DETECTION><UNIQUE_VULN_ID>")
          .append(5_000_000 + d)
          .append("</UNIQUE_VULN_ID>")
          .append("<QID>")
          .append(100_001 + d)
          .append("</QID><TYPE>Confirmed</TYPE>")
          .append("<SEVERITY>")
          .append(1 + d % 5)
          .append("</SEVERITY><PORT>")
          .append(1000 + d)
          .append("</PORT><PROTOCOL>tcp</PROTOCOL><SSL>0</SSL><STATUS>Active</STATUS>")
          .append("<FIRST_FOUND_DATETIME>2025-01-02T03:04:05Z</FIRST_FOUND_DATETIME>")
          .append("<LAST_FOUND_DATETIME>2026-02-03T04:05:06Z</LAST_FOUND_DATETIME>")
          .append("<QDS severity=\"MEDIUM\">55</QDS><TIMES_FOUND>12</TIMES_FOUND>")
          .append("<LAST_TEST_DATETIME>2026-02-03T04:05:06Z</LAST_TEST_DATETIME>")
          .append("<LAST_UPDATE_DATETIME>2026-02-03T04:05:07Z</LAST_UPDATE_DATETIME>")
          .append("<IS_IGNORED>0</IS_IGNORED><IS_DISABLED>0</IS_DISABLED>")
          .append("<LAST_PROCESSED_DATETIME>2026-02-03T04:05:08Z</LAST_PROCESSED_DATETIME>")
          .append("</DETECTION>");
    }
    detectionList = list.append("</DETECTION_LIST>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the page the form asks for: ids a-b, optional id_min, truncation_limit hosts. */
  void write(OutputStream raw, Map<String, String> form) throws IOException {
    String[] ids = form.getOrDefault("ids", "1-" + hosts).split("-");
    long first = Math.max(1, Long.parseLong(ids[0]));
    long last = Math.min(hosts, Long.parseLong(ids[ids.length - 1]));
    if (form.containsKey("id_min")) {
      first = Math.max(first, Long.parseLong(form.get("id_min")));
    }
    long truncation = Long.parseLong(form.getOrDefault("truncation_limit", "1000"));
    long end = truncation == 0 ? last : Math.min(last, first + truncation - 1);
    var out = new BufferedOutputStream(raw, 1 << 16);
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT"
                + " SYSTEM \"https://qualysapi.example.test/x.dtd\">\n<HOST_LIST_VM_DETECTION_OUTPUT><RESPONSE>"
                + "<DATETIME>2026-03-01T00:00:00Z</DATETIME>")
            .getBytes(StandardCharsets.UTF_8));
    if (first <= end) {
      out.write("<HOST_LIST>".getBytes(StandardCharsets.UTF_8));
      for (long id = first; id <= end; id++) {
        out.write(("<HOST><ID>" + id + "</ID><ASSET_ID>" + (900_000 + id) + "</ASSET_ID><IP>10."
                + (id >> 16 & 255) + "." + (id >> 8 & 255) + "." + (id & 255) + "</IP>"
                + "<TRACKING_METHOD>IP</TRACKING_METHOD><OS><![CDATA[Linux 5.10]]></OS>"
                + "<DNS><![CDATA[host-" + id + ".example.test]]></DNS>"
                + "<LAST_SCAN_DATETIME>2026-02-03T04:05:06Z</LAST_SCAN_DATETIME>")
            .getBytes(StandardCharsets.UTF_8));
        out.write(detectionList);
        out.write("</HOST>".getBytes(StandardCharsets.UTF_8));
      }
      out.write("</HOST_LIST>".getBytes(StandardCharsets.UTF_8));
    }
    if (end < last) {
      out.write(("<WARNING><CODE>1980</CODE><TEXT>" + truncation + " record limit exceeded.</TEXT>"
              + "<URL><![CDATA[https://qualysapi.example.test/api/2.0/fo/asset/host/vm/detection/"
              + "?action=list&ids=" + form.get("ids") + "&id_min=" + (end + 1)
              + "]]></URL></WARNING>")
          .getBytes(StandardCharsets.UTF_8));
    }
    out.write("</RESPONSE></HOST_LIST_VM_DETECTION_OUTPUT>\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
