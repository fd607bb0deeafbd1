package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.qualys.client.xml.QualysValues;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The raw text values of one DETECTION while it is read; unknown elements are ignored. */
final class DetectionFields {

  @Nullable
  String qid;

  @Nullable
  String type;

  @Nullable
  String severity;

  @Nullable
  String port;

  @Nullable
  String protocol;

  @Nullable
  String fqdn;

  @Nullable
  String ssl;

  @Nullable
  String instance;

  @Nullable
  String status;

  @Nullable
  String firstFound;

  @Nullable
  String lastFound;

  @Nullable
  String timesFound;

  @Nullable
  String lastTest;

  @Nullable
  String lastUpdate;

  @Nullable
  String lastFixed;

  @Nullable
  String lastProcessed;

  @Nullable
  String ignored;

  @Nullable
  String disabled;

  @Nullable
  String results;

  @Nullable
  String uniqueVulnId;

  @Nullable
  String qds;

  @Nullable
  String qdsSeverity;

  @Nullable
  String firstReopened;

  @Nullable
  String lastReopened;

  @Nullable
  String timesReopened;

  Map<String, String> qdsFactors = Map.of();

  /** Whether Qualys' element name is a field we keep. */
  static boolean wanted(String element) {
    return switch (element) {
      case "QID",
          "TYPE",
          "SEVERITY",
          "PORT",
          "PROTOCOL",
          "FQDN",
          "SSL",
          "INSTANCE",
          "STATUS",
          "FIRST_FOUND_DATETIME",
          "LAST_FOUND_DATETIME",
          "TIMES_FOUND",
          "LAST_TEST_DATETIME",
          "LAST_UPDATE_DATETIME",
          "LAST_FIXED_DATETIME",
          "LAST_PROCESSED_DATETIME",
          "IS_IGNORED",
          "IS_DISABLED",
          "RESULTS",
          "UNIQUE_VULN_ID",
          "QDS",
          "FIRST_REOPENED_DATETIME",
          "LAST_REOPENED_DATETIME",
          "TIMES_REOPENED" -> true;
      default -> false;
    };
  }

  void set(String element, @Nullable String value) {
    switch (element) {
      case "QID" -> qid = value;
      case "TYPE" -> type = value;
      case "SEVERITY" -> severity = value;
      case "PORT" -> port = value;
      case "PROTOCOL" -> protocol = value;
      case "FQDN" -> fqdn = value;
      case "SSL" -> ssl = value;
      case "INSTANCE" -> instance = value;
      case "STATUS" -> status = value;
      case "FIRST_FOUND_DATETIME" -> firstFound = value;
      case "LAST_FOUND_DATETIME" -> lastFound = value;
      case "TIMES_FOUND" -> timesFound = value;
      case "LAST_TEST_DATETIME" -> lastTest = value;
      case "LAST_UPDATE_DATETIME" -> lastUpdate = value;
      case "LAST_FIXED_DATETIME" -> lastFixed = value;
      case "LAST_PROCESSED_DATETIME" -> lastProcessed = value;
      case "IS_IGNORED" -> ignored = value;
      case "IS_DISABLED" -> disabled = value;
      case "RESULTS" -> results = value;
      case "UNIQUE_VULN_ID" -> uniqueVulnId = value;
      case "QDS" -> qds = value;
      case "FIRST_REOPENED_DATETIME" -> firstReopened = value;
      case "LAST_REOPENED_DATETIME" -> lastReopened = value;
      case "TIMES_REOPENED" -> timesReopened = value;
      default -> {}
    }
  }

  Detection toDetection(String validQid, RawRef rawRef) {
    return new Detection(
        validQid,
        type,
        QualysValues.integer(severity),
        QualysValues.integer(port),
        protocol,
        fqdn,
        QualysValues.bool(ssl),
        instance,
        status,
        QualysValues.instant(firstFound),
        QualysValues.instant(lastFound),
        QualysValues.integer(timesFound),
        QualysValues.instant(lastTest),
        QualysValues.instant(lastUpdate),
        QualysValues.instant(lastFixed),
        QualysValues.instant(lastProcessed),
        QualysValues.bool(ignored),
        QualysValues.bool(disabled),
        results,
        uniqueVulnId,
        QualysValues.integer(qds),
        qdsSeverity,
        qdsFactors,
        QualysValues.instant(firstReopened),
        QualysValues.instant(lastReopened),
        QualysValues.integer(timesReopened),
        rawRef);
  }
}
