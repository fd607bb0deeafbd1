package dev.graphwright.qualys.client.vm;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A host's EC2 metadata from {@code HOST/METADATA/EC2} ({@code host_metadata=ec2}).
 *
 * @param region from {@code .../instance-identity/document/region}
 * @param accountId from {@code .../accountId}, as text (leading zeros kept)
 * @param instanceId from {@code .../instanceId}
 * @param attributes every ATTRIBUTE's NAME → VALUE, names as Qualys sends them (e.g. {@code
 *     latest/meta-data/instance-type})
 */
public record Ec2Metadata(
    @Nullable String region,
    @Nullable String accountId,
    @Nullable String instanceId,
    Map<String, String> attributes) {

  public Ec2Metadata {
    attributes = Map.copyOf(attributes);
  }
}
