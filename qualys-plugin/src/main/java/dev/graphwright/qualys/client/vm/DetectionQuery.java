package dev.graphwright.qualys.client.vm;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The window and filters of a host detection download; null bounds and empty sets are not sent.
 *
 * @param vmScanDateAfter {@code vm_scan_date_after}
 * @param vmScanDateBefore {@code vm_scan_date_before}
 * @param detectionUpdatedSince {@code detection_updated_since}
 * @param detectionUpdatedBefore {@code detection_updated_before}
 * @param severities {@code severities} (1–5); empty = all
 * @param statuses {@code status}; empty = Qualys' default, which leaves out Fixed
 * @param includeInfo whether Information Gathered detections are wanted ({@code show_igs=1})
 * @param includeResults whether the large RESULTS text is wanted ({@code show_results=1})
 * @param ec2Metadata whether to ask for EC2 metadata ({@code host_metadata=ec2})
 * @param tags whether to ask for host tags ({@code show_tags=1})
 * @param includeIgnored whether ignored and disabled detections are wanted too ({@code
 *     include_ignored=1}, {@code include_disabled=1}); Qualys leaves them out by default
 * @param qds whether to ask for the Qualys Detection Score and its factors ({@code show_qds=1},
 *     {@code show_qds_factors=1})
 * @param scope the asset groups and tags the hosts must be in
 */
public record DetectionQuery(
    @Nullable Instant vmScanDateAfter,
    @Nullable Instant vmScanDateBefore,
    @Nullable Instant detectionUpdatedSince,
    @Nullable Instant detectionUpdatedBefore,
    Set<Integer> severities,
    Set<DetectionStatus> statuses,
    boolean includeInfo,
    boolean includeResults,
    boolean ec2Metadata,
    boolean tags,
    boolean includeIgnored,
    boolean qds,
    HostScope scope) {

  public DetectionQuery {
    severities = Set.copyOf(severities);
    statuses = Set.copyOf(statuses);
  }

  /** All statuses and severities, no Info, no RESULTS, with EC2 metadata, tags and QDS. */
  public static DetectionQuery defaults() {
    return new DetectionQuery(
        null,
        null,
        null,
        null,
        Set.of(),
        EnumSet.allOf(DetectionStatus.class),
        false,
        false,
        true,
        true,
        false,
        true,
        HostScope.ALL);
  }

  /** This query with a detection-updated window. */
  public DetectionQuery updatedBetween(@Nullable Instant since, @Nullable Instant before) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        since,
        before,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        includeIgnored,
        qds,
        scope);
  }

  /** This query with a VM scan window. */
  public DetectionQuery scannedBetween(@Nullable Instant after, @Nullable Instant before) {
    return new DetectionQuery(
        after,
        before,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        includeIgnored,
        qds,
        scope);
  }

  /** This query with these severities and statuses. */
  public DetectionQuery filtered(Set<Integer> severities, Set<DetectionStatus> statuses) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        includeIgnored,
        qds,
        scope);
  }

  /** This query with Information Gathered detections and/or RESULTS switched on or off. */
  public DetectionQuery including(boolean info, boolean results) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        info,
        results,
        ec2Metadata,
        tags,
        includeIgnored,
        qds,
        scope);
  }

  /** This query with ignored and disabled detections included, or not. */
  public DetectionQuery withIgnored(boolean ignored) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        ignored,
        qds,
        scope);
  }

  /** This query with the Qualys Detection Score and its factors asked for, or not. */
  public DetectionQuery withQds(boolean wanted) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        includeIgnored,
        wanted,
        scope);
  }

  /** This query limited to the hosts in this scope. */
  public DetectionQuery within(HostScope hostScope) {
    return new DetectionQuery(
        vmScanDateAfter,
        vmScanDateBefore,
        detectionUpdatedSince,
        detectionUpdatedBefore,
        severities,
        statuses,
        includeInfo,
        includeResults,
        ec2Metadata,
        tags,
        includeIgnored,
        qds,
        hostScope);
  }

  Map<String, String> toParams() {
    var params = new LinkedHashMap<String, String>();
    params.put("action", "list");
    params.put("show_asset_id", "1");
    params.put("show_results", includeResults ? "1" : "0");
    // When and how often a detection came back after a fix: a finding's lifecycle.
    params.put("show_reopened_info", "1");
    if (includeInfo) {
      params.put("show_igs", "1");
    }
    if (tags) {
      params.put("show_tags", "1");
    }
    if (includeIgnored) {
      params.put("include_ignored", "1");
      params.put("include_disabled", "1");
    }
    if (ec2Metadata) {
      params.put("host_metadata", "ec2");
    }
    if (qds) {
      params.put("show_qds", "1");
      params.put("show_qds_factors", "1");
    }
    QueryParams.putInstant(params, "vm_scan_date_after", vmScanDateAfter);
    QueryParams.putInstant(params, "vm_scan_date_before", vmScanDateBefore);
    QueryParams.putInstant(params, "detection_updated_since", detectionUpdatedSince);
    QueryParams.putInstant(params, "detection_updated_before", detectionUpdatedBefore);
    QueryParams.putList(params, "severities", new TreeSet<>(severities));
    QueryParams.putList(
        params,
        "status",
        statuses.stream().sorted().map(DetectionStatus::toString).toList());
    scope.putParams(params);
    return params;
  }
}
