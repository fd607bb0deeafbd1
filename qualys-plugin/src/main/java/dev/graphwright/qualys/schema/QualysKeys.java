package dev.graphwright.qualys.schema;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Every {@code _key} of the Qualys graph, built in one place (peer-compatible formats). */
public final class QualysKeys {

  private QualysKeys() {}

  public static String account(String instanceId) {
    return "qualys-account:" + instanceId;
  }

  public static final String VMDR_SERVICE = "qualys-service:vmdr";
  public static final String WAS_SERVICE = "qualys-service:was";

  /** A Qualys host's placeholder when it is not an EC2 instance. */
  public static String discoveredHost(String qwebHostId) {
    return "qualys-host:" + qwebHostId;
  }

  /** An EC2 instance's ARN: the AWS integration's {@code aws_instance} key. */
  public static String ec2Arn(String region, String accountId, String instanceId) {
    return "arn:aws:ec2:" + region + ":" + accountId + ":instance/" + instanceId;
  }

  /** A web app's placeholder. */
  public static String webApp(String webAppId) {
    return "qualys-web-app:" + webAppId;
  }

  public static String cve(String cveId) {
    return cveId.toLowerCase(Locale.ROOT);
  }

  /** The instance's copy of a knowledge-base entry. */
  public static String kbEntry(String qid) {
    return "qualys-kb:" + qid;
  }

  public static String qualysVuln(String qid) {
    return "vuln-qid:" + qid;
  }

  /**
   * A host finding: {@code hostId:<id>|port:<p>|protocol:<p>|qid:<q>|ssl:<s>|type:<t>}, names
   * sorted, absent values dropped (the earlier integration's key, so findings keep their ids).
   */
  public static String hostFinding(
      String hostId,
      @Nullable Integer port,
      @Nullable String protocol,
      String qid,
      @Nullable Boolean ssl,
      @Nullable String type) {
    var parts = new TreeMap<String, String>();
    put(parts, "hostId", hostId);
    put(parts, "port", port == null ? null : port.toString());
    put(parts, "protocol", protocol);
    put(parts, "qid", qid);
    put(parts, "ssl", ssl == null ? null : ssl ? "1" : "0");
    put(parts, "type", type);
    var key = new StringJoiner("|");
    for (Map.Entry<String, String> part : parts.entrySet()) {
      key.add(part.getKey() + ":" + part.getValue());
    }
    return key.toString();
  }

  private static void put(Map<String, String> parts, String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      parts.put(name, value);
    }
  }
}
