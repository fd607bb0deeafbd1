package dev.graphwright.qualys.client.vm;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header of one {@code HOST} in a host detection page: everything before its DETECTION_LIST.
 *
 * @param id QWEB host id ({@code ID}), the id {@code ids} and {@code id_min} refer to
 * @param assetId Asset Management id ({@code ASSET_ID}) = {@code HostAsset.id}
 * @param ip {@code IP}
 * @param trackingMethod {@code TRACKING_METHOD}, e.g. IP, DNS, EC2, AGENT
 * @param os {@code OS}
 * @param dns {@code DNS}
 * @param fqdn {@code DNS_DATA/FQDN}
 * @param netbios {@code NETBIOS}
 * @param qgHostId {@code QG_HOSTID}
 * @param lastScanDateTime {@code LAST_SCAN_DATETIME}
 * @param lastVmScannedDate {@code LAST_VM_SCANNED_DATE}
 * @param ec2 EC2 metadata, or null when the host has none
 * @param tags tag names ({@code TAGS/TAG/NAME}), empty when none
 * @param wrongShapeFields header fields (element names, e.g. {@code DNS}) that held child elements
 *     where text was expected (their value is null); empty normally
 * @param rawRef the host element from its start to its DETECTION_LIST
 */
public record DetectionHost(
    String id,
    @Nullable String assetId,
    @Nullable String ip,
    @Nullable String trackingMethod,
    @Nullable String os,
    @Nullable String dns,
    @Nullable String fqdn,
    @Nullable String netbios,
    @Nullable String qgHostId,
    @Nullable Instant lastScanDateTime,
    @Nullable Instant lastVmScannedDate,
    @Nullable Ec2Metadata ec2,
    List<String> tags,
    List<String> wrongShapeFields,
    RawRef rawRef) {

  public DetectionHost {
    tags = List.copyOf(tags);
    wrongShapeFields = List.copyOf(wrongShapeFields);
  }
}
