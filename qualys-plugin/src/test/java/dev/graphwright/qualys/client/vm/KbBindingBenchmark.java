package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.bench.BindingRace;
import dev.graphwright.qualys.client.xml.FieldReader;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.RecordBinder;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * How much Jackson's XML data binding costs against the hand-written element tree, for
 * KnowledgeBase records ({@code VULN}, {@code details=All}): both read the same page from the same
 * hardened StAX reader and produce the same {@link KbVuln}s (see {@link BindingRace}). Not a test;
 * run it with {@code bench/xml-binding [records] [rounds]}.
 */
public final class KbBindingBenchmark {

  private static final RecordBinder<KbVulnXml> BINDER = new RecordBinder<>(KbVulnXml.class);

  private KbBindingBenchmark() {}

  public static void main(String[] args) throws XMLStreamException {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    var rawRef = new RawRef("page-1", 0, 0);
    BindingRace.run(
        "KnowledgeBase VULN",
        page(records).getBytes(StandardCharsets.UTF_8),
        "VULN",
        rounds,
        reader -> {
          var node = XmlNode.read(reader);
          return fromTree(node, String.valueOf(node.text("QID")), rawRef);
        },
        reader -> {
          var bound = BINDER.bind(reader);
          return KbVulnMapper.map(bound, String.valueOf(QualysValues.text(bound.qid())), rawRef);
        });
  }

  /** The hand-written mapping the binding replaced, kept here as the baseline. */
  private static KbVuln fromTree(XmlNode vuln, String qid, RawRef rawRef) {
    var fields = new FieldReader(vuln);
    var cves = new ArrayList<Cve>();
    XmlNode list = vuln.child("CVE_LIST");
    if (list != null) {
      for (XmlNode cve : list.all("CVE")) {
        String id = cve.text("ID");
        if (id != null) {
          cves.add(new Cve(id, cve.text("URL")));
        }
      }
    }
    return new KbVuln(
        qid,
        fields.text("VULN_TYPE"),
        fields.integer("SEVERITY_LEVEL"),
        fields.text("TITLE"),
        fields.text("CATEGORY"),
        fields.instant("PUBLISHED_DATETIME"),
        fields.instant("LAST_SERVICE_MODIFICATION_DATETIME"),
        fields.bool("PATCHABLE"),
        cves,
        score(vuln, "CVSS", "BASE"),
        score(vuln, "CVSS", "TEMPORAL"),
        score(vuln, "CVSS_V3", "BASE"),
        score(vuln, "CVSS_V3", "TEMPORAL"),
        fields.text("DIAGNOSIS"),
        fields.text("CONSEQUENCE"),
        fields.text("SOLUTION"),
        rawRef);
  }

  private static @Nullable Double score(XmlNode vuln, String group, String field) {
    XmlNode node = vuln.child(group);
    return node == null ? null : QualysValues.decimal(node.text(field));
  }

  /** A page shaped like Qualys' {@code details=All} answers. */
  private static String page(int records) {
    var xml = new StringBuilder(records * 1500);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n")
        .append("<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>2026-12-03T10:00:00Z")
        .append("</DATETIME><VULN_LIST>\n");
    for (int i = 0; i < records; i++) {
      int qid = 100_000 + i;
      xml.append("<VULN><QID>")
          .append(qid)
          .append("</QID><VULN_TYPE>Vulnerability</VULN_TYPE>")
          .append("<SEVERITY_LEVEL>")
          .append(1 + i % 5)
          .append("</SEVERITY_LEVEL>")
          .append("<TITLE><![CDATA[Example weakness number ")
          .append(qid)
          .append("]]></TITLE>")
          .append("<CATEGORY>General remote services</CATEGORY>")
          .append("<LAST_SERVICE_MODIFICATION_DATETIME>2026-01-02T03:04:05Z")
          .append("</LAST_SERVICE_MODIFICATION_DATETIME>")
          .append("<PUBLISHED_DATETIME>2020-06-07T08:09:10Z</PUBLISHED_DATETIME>")
          .append("<CVE_LIST>");
      for (int c = 0; c < 1 + i % 3; c++) {
        xml.append("<CVE><ID><![CDATA[CVE-2026-")
            .append(qid)
            .append(c)
            .append("]]></ID><URL><![CDATA[https://cve.example.test/CVE-2026-")
            .append(qid)
            .append(c)
            .append("]]></URL></CVE>");
      }
      xml.append("</CVE_LIST><DIAGNOSIS><![CDATA[<P>The service accepts <B>weak</B> ciphers ")
          .append("that an attacker in the path may use.]]></DIAGNOSIS>")
          .append("<CONSEQUENCE><![CDATA[Traffic may be decrypted.]]></CONSEQUENCE>")
          .append("<SOLUTION><![CDATA[Disable the weak ciphers.<BR>See the vendor's advice.]]>")
          .append("</SOLUTION><PCI_FLAG>1</PCI_FLAG>")
          .append("<CVSS><BASE source=\"service\">7.5</BASE><TEMPORAL>6.1</TEMPORAL></CVSS>")
          .append("<CVSS_V3><BASE>8.1</BASE><TEMPORAL>7.3</TEMPORAL></CVSS_V3>")
          .append("<PATCHABLE>1</PATCHABLE></VULN>\n");
    }
    return xml.append("</VULN_LIST></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>\n")
        .toString();
  }
}
