package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.error.PageException;
import dev.graphwright.qualys.convert.HostTargets;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Maps every scanned host to its Host node, from its Asset Management record ({@code
 * /qps/rest/2.0/search/am/hostasset}): public IP, EC2 ARN, fqdn and Qualys host id to match on,
 * and the placeholder's properties when nothing matches. Host ids stream from the graph in chunks;
 * a host Asset Management does not describe still gets a minimal placeholder, so its findings are
 * linked too. An asset with structured values where text belongs (e.g. {@code <os><list/></os>})
 * is mapped without them and reported as a bad record.
 */
public final class FetchScannedHostDetailsStep implements Step {

  private static final int CHUNK = 2_500;

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.HOST_DETAILS, "Fetch Scanned Host Details")
        .dependsOn(StepIds.SERVICES, StepIds.HOST_IDS)
        .mappedRelationship(QualysTypes.VMDR_SCANS_DISCOVERED_HOST)
        .mappedRelationship(QualysTypes.VMDR_SCANS_AWS_INSTANCE)
        .mappedRelationship(QualysTypes.VMDR_DISCOVERED_DISCOVERED_HOST)
        .mappedRelationship(QualysTypes.VMDR_DISCOVERED_AWS_INSTANCE)
        .mappedRelationship(QualysTypes.DISCOVERED_HOST_HAS_FINDING)
        .mappedRelationship(QualysTypes.AWS_INSTANCE_HAS_FINDING)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var ids = context.jobState().dataSet(StepIds.SCANNED_HOST_IDS);
    context.progress().expect("hosts", ids.size());
    var chunk = new ArrayList<String>(CHUNK);
    ids.forEach(id -> {
      chunk.add(id);
      if (chunk.size() == CHUNK) {
        mapChunk(context, chunk);
        chunk.clear();
      }
    });
    if (!chunk.isEmpty()) {
      mapChunk(context, chunk);
    }
  }

  private static void mapChunk(StepContext context, List<String> ids) {
    var client = QualysRun.of(context).client();
    var state = context.jobState();
    Set<String> described = ConcurrentHashMap.newKeySet();
    var pageFailed = new AtomicBoolean();
    client.forEachHostAsset(
        ids,
        asset -> {
          var id = asset.qwebHostId();
          if (id == null || !described.add(id)) {
            return;
          }
          if (!asset.wrongShapeFields().isEmpty()) {
            // Still mapped, without those values; reported so that the run says what it lost.
            context.reportPageFailure(
                "host asset " + asset.id() + " (host " + id + ")",
                new PageException(
                    "child elements where text was expected in " + asset.wrongShapeFields()
                        + "; ingested without them",
                    null));
          }
          HostMappings.add(state, id, HostTargets.fromAsset(asset, id));
          context.progress().advance(1);
        },
        (what, error) -> {
          pageFailed.set(true);
          context.reportPageFailure(what, error);
        });
    if (pageFailed.get()) {
      // Which ids the failed page held is unknown: a guessed placeholder could be the wrong kind
      // (discovered_host for an EC2 instance), so these hosts wait for the next run.
      return;
    }
    for (var id : ids) {
      if (!described.contains(id)) {
        HostMappings.add(state, id, HostTargets.fromId(id));
        context.progress().advance(1);
      }
    }
  }
}
