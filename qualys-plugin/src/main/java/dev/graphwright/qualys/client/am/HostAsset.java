package dev.graphwright.qualys.client.am;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Asset Management {@code HostAsset}. Text values are kept as sent (no numeric coercion).
 *
 * @param id {@code id} (= detection {@code ASSET_ID})
 * @param qwebHostId {@code qwebHostId} (= detection host {@code ID})
 * @param name {@code name}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param os {@code os}
 * @param dnsHostName {@code dnsHostName}
 * @param fqdn {@code fqdn} (often empty: prefer dnsHostName)
 * @param address {@code address}
 * @param netbiosName {@code netbiosName}
 * @param trackingMethod {@code trackingMethod}, e.g. IP, INSTANCE_ID, QAGENT
 * @param lastVulnScan {@code lastVulnScan}
 * @param tags tag names from {@code tags/list/TagSimple/name} and legacy {@code tags/TAG/NAME}
 * @param networkInterfaces {@code networkInterface/list/HostAssetInterface}
 * @param ec2 the EC2 source, or null when the asset has none
 * @param wrongShapeFields fields that held child elements where text was expected (their value
 *     is null); empty normally
 * @param rawRef the HostAsset element
 */
public record HostAsset(
    @Nullable String id,
    @Nullable String qwebHostId,
    @Nullable String name,
    @Nullable Instant created,
    @Nullable Instant modified,
    @Nullable String os,
    @Nullable String dnsHostName,
    @Nullable String fqdn,
    @Nullable String address,
    @Nullable String netbiosName,
    @Nullable String trackingMethod,
    @Nullable Instant lastVulnScan,
    List<String> tags,
    List<NetworkInterface> networkInterfaces,
    @Nullable Ec2Source ec2,
    List<String> wrongShapeFields,
    RawRef rawRef) {

  public HostAsset {
    tags = List.copyOf(tags);
    networkInterfaces = List.copyOf(networkInterfaces);
    wrongShapeFields = List.copyOf(wrongShapeFields);
  }
}
