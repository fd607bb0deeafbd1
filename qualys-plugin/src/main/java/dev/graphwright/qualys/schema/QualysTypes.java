package dev.graphwright.qualys.schema;

import dev.graphwright.api.graph.Direction;
import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.MappedRelationshipType;
import dev.graphwright.api.graph.RelationshipType;
import dev.graphwright.api.graph.TargetFilter;
import java.util.List;

/**
 * Every {@code _type}, {@code _class} and target filter of the Qualys graph, named once. Types and
 * keys follow the earlier JupiterOne integration so that its queries keep working; see
 * docs/qualys-data-model.md (generated from these declarations).
 */
public final class QualysTypes {

  private QualysTypes() {}

  // Entities the plugin owns.
  public static final EntityType ACCOUNT = EntityType.of(
          "qualys_account", "Account", "the Qualys subscription, one per instance")
      .withProperties("name", "apiUrl");
  public static final EntityType VMDR_SERVICE = EntityType.of(
          "qualys_vulnerability_manager", "Service", "Qualys VMDR (vulnerability management)")
      .withProperties("name", "function");
  public static final EntityType WAS_SERVICE = EntityType.of(
          "qualys_web_app_scanner", "Service", "Qualys WAS (web application scanning, DAST)")
      .withProperties("name", "function");
  public static final EntityType HOST_FINDING = EntityType.of(
          "qualys_host_finding", "Finding", "one VMDR host detection")
      .withProperties("qid", "qualysHostId", "open")
      .asPartial();
  public static final EntityType WEB_APP_FINDING = EntityType.of(
          "qualys_web_app_finding", "Finding", "one WAS web application finding")
      .withProperties("qid", "webAppId", "open")
      .asPartial();
  public static final EntityType KB_ENTRY = EntityType.of(
          "qualys_kb_entry",
          "Record",
          "a knowledge-base entry as last fetched, kept so that later runs need not fetch it again")
      .withProperties("qid", "lastModifiedOn", "fetchedOn")
      .asPartial();

  // Targets the plugin maps to (owned by other integrations, or placeholders).
  public static final String DISCOVERED_HOST = "discovered_host";
  public static final String AWS_INSTANCE = "aws_instance";
  public static final String WEB_APP = "web_app";
  public static final String CVE = "cve";
  public static final String QUALYS_VULN = "qualys_vuln";
  public static final String HOST_CLASS = "Host";
  public static final String APPLICATION_CLASS = "Application";
  public static final String VULNERABILITY_CLASS = "Vulnerability";

  // Direct relationships.
  public static final RelationshipType ACCOUNT_HAS_VMDR = RelationshipType.of(
      "qualys_account_has_vulnerability_manager", "HAS", ACCOUNT.type(), VMDR_SERVICE.type());
  public static final RelationshipType ACCOUNT_HAS_WAS = RelationshipType.of(
      "qualys_account_has_web_app_scanner", "HAS", ACCOUNT.type(), WAS_SERVICE.type());
  public static final RelationshipType VMDR_IDENTIFIED_HOST_FINDING = RelationshipType.of(
          "qualys_vulnerability_manager_identified_host_finding",
          "IDENTIFIED",
          VMDR_SERVICE.type(),
          HOST_FINDING.type())
      .asPartial();
  public static final RelationshipType WAS_IDENTIFIED_WEB_APP_FINDING = RelationshipType.of(
          "qualys_web_app_scanner_identified_finding",
          "IDENTIFIED",
          WAS_SERVICE.type(),
          WEB_APP_FINDING.type())
      .asPartial();

  /**
   * How a Qualys host finds its Host node, in priority order: by public IP (asked for by the
   * seed), by EC2 instance ARN (the AWS integration's {@code aws_instance} key), by fqdn, by Qualys
   * host id. A Qualys host that matches none gets a placeholder: {@code aws_instance} keyed by its
   * ARN when it is an EC2 instance, else {@code discovered_host} keyed {@code qualys-host:<id>}.
   */
  public static final List<TargetFilter> HOST_FILTERS = List.of(
      TargetFilter.byClass(HOST_CLASS, "publicIpAddress"),
      TargetFilter.byType(AWS_INSTANCE, "_key"),
      TargetFilter.byClass(HOST_CLASS, "fqdn"),
      TargetFilter.byClass(HOST_CLASS, "qualysHostId"));

  /** How a web app finds its Application node: by URL (the earlier integration used the name). */
  public static final List<TargetFilter> WEB_APP_FILTERS =
      List.of(TargetFilter.byType(WEB_APP, "url"), TargetFilter.byClass(APPLICATION_CLASS, "url"));

  public static final List<TargetFilter> CVE_FILTERS = List.of(TargetFilter.byType(CVE, "_key"));
  public static final List<TargetFilter> QUALYS_VULN_FILTERS =
      List.of(TargetFilter.byType(QUALYS_VULN, "_key"));

  // Mapped relationships.
  public static final MappedRelationshipType VMDR_SCANS_DISCOVERED_HOST = mapped(
      "qualys_vulnerability_manager_scans_discovered_host",
      "SCANS",
      VMDR_SERVICE.type(),
      DISCOVERED_HOST,
      Direction.FORWARD,
      HOST_FILTERS);
  public static final MappedRelationshipType VMDR_SCANS_AWS_INSTANCE = mapped(
      "qualys_vulnerability_manager_scans_aws_instance",
      "SCANS",
      VMDR_SERVICE.type(),
      AWS_INSTANCE,
      Direction.FORWARD,
      HOST_FILTERS);
  public static final MappedRelationshipType VMDR_DISCOVERED_DISCOVERED_HOST = mapped(
      "qualys_vulnerability_manager_discovered_discovered_host",
      "DISCOVERED",
      VMDR_SERVICE.type(),
      DISCOVERED_HOST,
      Direction.FORWARD,
      HOST_FILTERS);
  public static final MappedRelationshipType VMDR_DISCOVERED_AWS_INSTANCE = mapped(
      "qualys_vulnerability_manager_discovered_aws_instance",
      "DISCOVERED",
      VMDR_SERVICE.type(),
      AWS_INSTANCE,
      Direction.FORWARD,
      HOST_FILTERS);
  public static final MappedRelationshipType DISCOVERED_HOST_HAS_FINDING = mapped(
      "discovered_host_has_qualys_host_finding",
      "HAS",
      HOST_FINDING.type(),
      DISCOVERED_HOST,
      Direction.REVERSE,
      HOST_FILTERS);
  public static final MappedRelationshipType AWS_INSTANCE_HAS_FINDING = mapped(
      "aws_instance_has_qualys_host_finding",
      "HAS",
      HOST_FINDING.type(),
      AWS_INSTANCE,
      Direction.REVERSE,
      HOST_FILTERS);
  public static final MappedRelationshipType WAS_SCANS_WEB_APP = mapped(
      "qualys_web_app_scanner_scans_web_app",
      "SCANS",
      WAS_SERVICE.type(),
      WEB_APP,
      Direction.FORWARD,
      WEB_APP_FILTERS);
  public static final MappedRelationshipType WEB_APP_HAS_FINDING = mapped(
      "web_app_has_qualys_web_app_finding",
      "HAS",
      WEB_APP_FINDING.type(),
      WEB_APP,
      Direction.REVERSE,
      WEB_APP_FILTERS);
  public static final MappedRelationshipType HOST_FINDING_IS_CVE = mapped(
      "qualys_host_finding_is_cve", "IS", HOST_FINDING.type(), CVE, Direction.FORWARD, CVE_FILTERS);
  public static final MappedRelationshipType HOST_FINDING_IS_VULN = mapped(
      "qualys_host_finding_is_vuln",
      "IS",
      HOST_FINDING.type(),
      QUALYS_VULN,
      Direction.FORWARD,
      QUALYS_VULN_FILTERS);
  public static final MappedRelationshipType WEB_APP_FINDING_IS_CVE = mapped(
      "qualys_web_app_finding_is_cve",
      "IS",
      WEB_APP_FINDING.type(),
      CVE,
      Direction.FORWARD,
      CVE_FILTERS);
  public static final MappedRelationshipType WEB_APP_FINDING_IS_VULN = mapped(
      "qualys_web_app_finding_is_vuln",
      "IS",
      WEB_APP_FINDING.type(),
      QUALYS_VULN,
      Direction.FORWARD,
      QUALYS_VULN_FILTERS);

  /** Every mapped type is partial: windows are incremental, so unseen ones are not stale. */
  private static MappedRelationshipType mapped(
      String type,
      String relClass,
      String sourceType,
      String targetType,
      Direction direction,
      List<TargetFilter> filters) {
    var builder = MappedRelationshipType.builder(type, relClass)
        .source(sourceType)
        .placeholder(targetType, placeholderClass(targetType))
        .targetFilters(filters)
        .partial();
    return direction == Direction.REVERSE ? builder.reverse().build() : builder.build();
  }

  private static String placeholderClass(String targetType) {
    return switch (targetType) {
      case DISCOVERED_HOST, AWS_INSTANCE -> HOST_CLASS;
      case WEB_APP -> APPLICATION_CLASS;
      default -> VULNERABILITY_CLASS;
    };
  }
}
