package dev.graphwright.qualys.convert;

import static dev.graphwright.qualys.convert.Values.blankToNull;
import static dev.graphwright.qualys.convert.Values.epochMillis;
import static dev.graphwright.qualys.convert.Values.first;
import static dev.graphwright.qualys.convert.Values.lower;

import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A host detection as a {@code qualys_host_finding} (properties of the earlier integration, plus
 * the host's addresses, the Qualys host id the host mapping selects by, and Fixed detections that
 * close findings).
 */
public final class DetectionConverter {

  private DetectionConverter() {}

  /** The finding's key. */
  public static String key(DetectionHost host, Detection detection) {
    return QualysKeys.hostFinding(
        host.id(),
        detection.port(),
        detection.protocol(),
        detection.qid(),
        detection.ssl(),
        detection.type());
  }

  public static Entity toEntity(DetectionHost host, Detection detection) {
    return toEntity(host, detection, SlaPolicy.NONE);
  }

  /**
   * The finding, with its lifecycle as Qualys reports it: {@code firstSeenOn}, {@code lastSeenOn},
   * {@code fixedOn} (while fixed), {@code reopenedOn} and {@code timesReopened}; {@code daysOpen}
   * (first to last seen, while open) or {@code timeToFixDays}; and with an SLA for its severity,
   * {@code slaDueOn} and {@code slaBreached} (open and still seen after the due date, or fixed
   * after it). Days are whole days; dates are epoch milliseconds like every date here.
   */
  public static Entity toEntity(DetectionHost host, Detection detection, SlaPolicy sla) {
    var key = key(host, detection);
    var fqdn = first(lower(host.fqdn()), lower(detection.fqdn()), lower(host.dns()));
    var arn = ec2Arn(host);
    var ip = blankToNull(host.ip());
    boolean publicIp = IpAddresses.isPublic(ip);
    var status = blankToNull(detection.status());
    var props = Properties.builder()
        .put("id", key)
        .put("name", "QID " + detection.qid())
        .put("displayName", "QID " + detection.qid())
        .put("qid", Values.qidNumber(detection.qid()))
        .put("type", detection.type())
        .put("severity", Severity.label(detection.severity()))
        .put("numericSeverity", Severity.numeric(detection.severity()))
        .put("qualysSeverity", detection.severity())
        .put("status", status)
        .put("open", status == null || !status.toLowerCase(Locale.ROOT).contains("fixed"))
        .put("numTimesFound", detection.timesFound())
        .put("isIgnored", detection.ignored())
        .put("isDisabled", detection.disabled())
        .put("firstFoundOn", epochMillis(detection.firstFound()))
        .put("createdOn", epochMillis(detection.firstFound()))
        .put("lastFoundOn", epochMillis(detection.lastFound()))
        .put("updatedOn", epochMillis(detection.lastFound()))
        .put("lastProcessedOn", epochMillis(detection.lastProcessed()))
        .put("lastTestedOn", epochMillis(detection.lastTest()))
        .put("lastUpdatedOn", epochMillis(detection.lastUpdate()))
        .put("lastFixedOn", epochMillis(detection.lastFixed()))
        .put("port", detection.port())
        .put("protocol", detection.protocol())
        .put("ssl", detection.ssl())
        .putAll(lifecycle(detection, status, sla))
        .put("qds", detection.qds())
        .put("qdsScore", detection.qds())
        .put("qdsSeverity", qdsSeverity(detection.qdsSeverity()))
        .putAll(QdsFactors.properties(detection.qdsFactors()))
        .put("uniqueVulnId", detection.uniqueVulnId())
        .put("results", detection.results())
        .put("category", "system-scan")
        .put("qualysHostId", host.id())
        .put("qualysAssetId", host.assetId())
        .put("fqdn", fqdn)
        .put("ec2InstanceArn", arn)
        .put("ipAddress", ip)
        .put("publicIpAddress", publicIp ? ip : null)
        .put("privateIpAddress", !publicIp && IpAddresses.isAddress(ip) ? ip : null)
        .put("targets", targets(ip, fqdn, arn))
        .build();
    return QualysTypes.HOST_FINDING.entity(key, props, detection.rawRef());
  }

  private static Map<String, Object> lifecycle(
      Detection detection, @Nullable String status, SlaPolicy sla) {
    boolean fixed = status != null && status.toLowerCase(Locale.ROOT).contains("fixed");
    var firstSeen = detection.firstFound();
    var lastSeen = detection.lastFound();
    var fixedOn = fixed ? detection.lastFixed() : null;
    var dueOn = status == null ? null : sla.dueOn(detection.severity(), firstSeen);
    var props = new LinkedHashMap<String, Object>();
    putMillis(props, "firstSeenOn", firstSeen);
    putMillis(props, "lastSeenOn", lastSeen);
    putMillis(props, "fixedOn", fixedOn);
    putMillis(props, "reopenedOn", detection.lastReopened());
    props.put("timesReopened", detection.timesReopened() == null ? 0 : detection.timesReopened());
    if (!fixed && firstSeen != null && lastSeen != null) {
      props.put("daysOpen", Duration.between(firstSeen, lastSeen).toDays());
    }
    if (fixedOn != null && firstSeen != null) {
      props.put("timeToFixDays", Duration.between(firstSeen, fixedOn).toDays());
    }
    if (dueOn != null) {
      putMillis(props, "slaDueOn", dueOn);
      var last = fixed ? fixedOn : lastSeen;
      props.put("slaBreached", last != null && last.isAfter(dueOn));
    }
    return props;
  }

  private static void putMillis(Map<String, Object> props, String name, @Nullable Instant value) {
    if (value != null) {
      props.put(name, value.toEpochMilli());
    }
  }

  /** Qualys writes the QDS severity in capitals (HIGH); findings say it as severity does (high). */
  private static @Nullable String qdsSeverity(@Nullable String severity) {
    var value = blankToNull(severity);
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String ec2Arn(DetectionHost host) {
    var ec2 = host.ec2();
    if (ec2 == null
        || ec2.region() == null
        || ec2.accountId() == null
        || ec2.instanceId() == null) {
      return null;
    }
    return QualysKeys.ec2Arn(ec2.region(), ec2.accountId(), ec2.instanceId());
  }

  private static List<String> targets(@Nullable String... values) {
    var targets = new ArrayList<String>();
    for (var value : values) {
      if (value != null && !targets.contains(value)) {
        targets.add(value);
      }
    }
    return targets;
  }
}
