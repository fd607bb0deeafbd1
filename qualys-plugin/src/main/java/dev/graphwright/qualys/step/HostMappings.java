package dev.graphwright.qualys.step;

import dev.graphwright.api.state.JobState;
import dev.graphwright.qualys.convert.HostTargets;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.Map;

/**
 * The three mapped relationships of one Qualys host, all to the same target so they resolve to the
 * same Host node: VMDR {@code SCANS} it, VMDR {@code DISCOVERED} it, and it {@code HAS} every
 * finding of this run whose {@code qualysHostId} is the host's (one mapping fans out to all its
 * findings, so findings are linked to exactly the Host their host resolved to).
 */
final class HostMappings {

  private HostMappings() {}

  static void add(JobState state, String qwebHostId, Map<String, Object> target) {
    boolean ec2 = HostTargets.isEc2(target);
    var scans = ec2 ? QualysTypes.VMDR_SCANS_AWS_INSTANCE : QualysTypes.VMDR_SCANS_DISCOVERED_HOST;
    var discovered = ec2
        ? QualysTypes.VMDR_DISCOVERED_AWS_INSTANCE
        : QualysTypes.VMDR_DISCOVERED_DISCOVERED_HOST;
    var has = ec2 ? QualysTypes.AWS_INSTANCE_HAS_FINDING : QualysTypes.DISCOVERED_HOST_HAS_FINDING;
    state.addMappedRelationship(
        scans.from(QualysKeys.VMDR_SERVICE).targetEntity(target).build());
    state.addMappedRelationship(
        discovered.from(QualysKeys.VMDR_SERVICE).targetEntity(target).build());
    state.addMappedRelationship(
        has.fromAll(QualysTypes.HOST_FINDING.where("qualysHostId", qwebHostId))
            .targetEntity(target)
            .build());
  }
}
