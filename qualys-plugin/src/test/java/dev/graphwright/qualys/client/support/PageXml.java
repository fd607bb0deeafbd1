package dev.graphwright.qualys.client.support;

import java.util.List;

/** Builds small Qualys-shaped pages for paging tests. */
public final class PageXml {

  private PageXml() {}

  /** A host detection page: each host gets {@code detections} detections (QIDs 1000+i). */
  public static String detections(List<Long> hostIds, int detections, String nextIdMin) {
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
        + "<!DOCTYPE HOST_LIST_VM_DETECTION_OUTPUT SYSTEM \"https://qualysapi.example.test/x.dtd\">\n"
        + "<HOST_LIST_VM_DETECTION_OUTPUT><RESPONSE><DATETIME>2026-03-01T00:00:00Z</DATETIME>");
    if (!hostIds.isEmpty()) {
      xml.append("<HOST_LIST>");
      for (long id : hostIds) {
        xml.append("<HOST><ID>").append(id).append("</ID><IP>10.0.0.1</IP><DETECTION_LIST>");
        for (int d = 0; d < detections; d++) {
          xml.append("<DETECTION><QID>")
              .append(1000 + d)
              .append("</QID><TYPE>Confirmed</TYPE>")
              .append("<SEVERITY>3</SEVERITY><STATUS>Active</STATUS></DETECTION>");
        }
        xml.append("</DETECTION_LIST></HOST>");
      }
      xml.append("</HOST_LIST>");
    }
    xml.append(warning("/api/2.0/fo/asset/host/vm/detection/", nextIdMin));
    return xml.append("</RESPONSE></HOST_LIST_VM_DETECTION_OUTPUT>\n").toString();
  }

  /** A host list page with the given ID_SET children (e.g. {@code <ID>1</ID>}). */
  public static String hostIds(String idSetChildren, String nextIdMin) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
        + "<!DOCTYPE HOST_LIST_OUTPUT SYSTEM \"https://qualysapi.example.test/host_list_output.dtd\">\n"
        + "<HOST_LIST_OUTPUT><RESPONSE><DATETIME>2026-03-01T00:00:00Z</DATETIME>"
        + "<ID_SET>" + idSetChildren + "</ID_SET>"
        + warning("/api/2.0/fo/asset/host/", nextIdMin)
        + "</RESPONSE></HOST_LIST_OUTPUT>\n";
  }

  /** A QPS ServiceResponse with the given data children. */
  public static String qps(String records, boolean hasMore, String lastId) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServiceResponse>"
        + "<responseCode>SUCCESS</responseCode><count>1</count>"
        + "<hasMoreRecords>" + hasMore + "</hasMoreRecords>"
        + (lastId == null ? "" : "<lastId>" + lastId + "</lastId>")
        + "<data>" + records + "</data></ServiceResponse>";
  }

  /** A v2 SIMPLE_RETURN error body (without prolog, as Qualys sends its 400s). */
  public static String simpleReturn(String code, String text, String itemKey, String itemValue) {
    return "<!DOCTYPE SIMPLE_RETURN SYSTEM \"https://qualysapi.example.test/api/2.0/simple_return.dtd\">\n"
        + "<SIMPLE_RETURN><RESPONSE><DATETIME>2026-03-01T00:00:00Z</DATETIME>"
        + "<CODE>" + code + "</CODE><TEXT>" + text + "</TEXT>"
        + (itemKey == null
            ? ""
            : "<ITEM_LIST><ITEM><KEY>" + itemKey + "</KEY><VALUE>" + itemValue
                + "</VALUE></ITEM></ITEM_LIST>")
        + "</RESPONSE></SIMPLE_RETURN>";
  }

  private static String warning(String path, String nextIdMin) {
    if (nextIdMin == null) {
      return "";
    }
    return "<WARNING><CODE>1980</CODE><TEXT>1000 record limit exceeded. Use URL to get next batch"
        + " of results.</TEXT><URL><![CDATA[https://qualysapi.example.test" + path
        + "?action=list&truncation_limit=1000&id_min=" + nextIdMin + "]]></URL></WARNING>";
  }
}
