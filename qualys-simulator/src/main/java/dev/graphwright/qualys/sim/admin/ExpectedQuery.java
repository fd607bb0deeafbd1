package dev.graphwright.qualys.sim.admin;

import dev.graphwright.qualys.sim.data.AssetGroups;
import dev.graphwright.qualys.sim.data.DetectionStatus;
import dev.graphwright.qualys.sim.data.DetectionType;
import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.query.DetectionFilter;
import dev.graphwright.qualys.sim.query.HostScopeFilter;
import dev.graphwright.qualys.sim.query.ParamException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The selection of a ground-truth query, with the API's semantics: {@code scanned_after/before}
 * as {@code vm_scan_date_after/before} (strict), {@code detections_updated_after/before} as
 * {@code detection_updated_since/before} (since inclusive, before exclusive), the API's default
 * statuses and types, ignored and disabled detections left out unless included,
 * {@code webapps_scanned_after} as {@code lastScan.date GREATER} and
 * {@code findings_detected_after} as {@code lastDetectedDate GREATER}, {@code host_tags} (names,
 * {@code host_tags_match} any or all) and {@code asset_groups} (titles or ids) as the v2 tag and
 * asset-group filters. Dates are
 * {@code YYYY-MM-DD} or ISO-8601 instants.
 */
record ExpectedQuery(
    Long scannedAfter,
    Long scannedBefore,
    DetectionFilter detections,
    Long webAppsScannedAfterMillis,
    Long findingsDetectedAfterMillis,
    HostScopeFilter hostScope) {

  static final Set<String> NAMES = Set.of(
      "scanned_after",
      "scanned_before",
      "detections_updated_after",
      "detections_updated_before",
      "severities",
      "types",
      "statuses",
      "include_ignored",
      "include_disabled",
      "webapps_scanned_after",
      "findings_detected_after",
      "host_tags",
      "host_tags_match",
      "asset_groups");

  /** Parses query parameters; throws IllegalArgumentException naming the bad one. */
  static ExpectedQuery parse(Map<String, String> params, AssetGroups assetGroups) {
    for (String name : params.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "'; known: " + String.join(", ", NAMES));
      }
    }
    try {
      var types = EnumSet.of(DetectionType.CONFIRMED, DetectionType.POTENTIAL);
      if (params.get("types") != null) {
        types = EnumSet.noneOf(DetectionType.class);
        for (String token : params.get("types").split(",")) {
          DetectionType type = DetectionType.parse(token);
          if (type == null) {
            throw new IllegalArgumentException("types has an unknown type: " + token);
          }
          types.add(type);
        }
      }
      Set<DetectionStatus> statuses = params.get("statuses") == null
          ? DetectionFilter.DEFAULT_STATUSES
          : DetectionFilter.parseStatuses("statuses", params.get("statuses"));
      int severities = params.get("severities") == null
          ? DetectionFilter.ALL_SEVERITIES
          : DetectionFilter.parseSeverities("severities", params.get("severities"));
      Long updatedAfter = seconds(params, "detections_updated_after");
      Long updatedBefore = seconds(params, "detections_updated_before");
      var filter = new DetectionFilter(
          statuses,
          severities,
          types,
          updatedAfter,
          updatedBefore,
          flag(params, "include_ignored"),
          flag(params, "include_disabled"),
          null);
      return new ExpectedQuery(
          seconds(params, "scanned_after"),
          seconds(params, "scanned_before"),
          filter,
          millis(params, "webapps_scanned_after"),
          millis(params, "findings_detected_after"),
          hostScope(params, assetGroups));
    } catch (ParamException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * {@code host_tags}: tag names (comma-separated), {@code host_tags_match} {@code any} (default)
   * or {@code all}; {@code asset_groups}: titles or ids. As {@code use_tags} / {@code ag_ids}.
   */
  private static HostScopeFilter hostScope(Map<String, String> params, AssetGroups assetGroups) {
    var groups = new ArrayList<AssetGroups.Group>();
    for (String value : HostScopeFilter.items(params.get("asset_groups"))) {
      groups.add(assetGroups
          .find(value)
          .orElseThrow(
              () -> new IllegalArgumentException("asset_groups: no asset group '" + value + "'")));
    }
    var tags = new LinkedHashSet<TagRecord>();
    for (String value : HostScopeFilter.items(params.get("host_tags"))) {
      tags.add(HostFactory.findTag(value, false)
          .orElseThrow(
              () -> new IllegalArgumentException("host_tags: no tag named '" + value + "'")));
    }
    String match = params.getOrDefault("host_tags_match", "any");
    if (!match.equals("any") && !match.equals("all")) {
      throw new IllegalArgumentException("host_tags_match is any or all, not " + match);
    }
    return new HostScopeFilter(groups, tags, match.equals("all"), Set.of(), false);
  }

  private static boolean flag(Map<String, String> params, String name) {
    String value = params.get(name);
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }

  private static Long seconds(Map<String, String> params, String name) {
    Long millis = millis(params, name);
    return millis == null ? null : Math.floorDiv(millis, 1000L);
  }

  private static Long millis(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
          : Instant.parse(value).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not a date: " + value, e);
    }
  }
}
