package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.qualys.client.vm.HostIdQuery;
import dev.graphwright.qualys.run.QualysRun;

/**
 * The ids of the hosts scanned in this run's window ({@code /api/2.0/fo/asset/host/}, {@code
 * details=None}), kept in the graph as a data set for the host details and detection steps. Writes
 * no graph objects.
 */
public final class FetchScannedHostIdsStep implements Step {

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.HOST_IDS, "Fetch Scanned Host IDs").build();
  }

  @Override
  public void execute(StepContext context) {
    var run = QualysRun.of(context);
    var windows = run.windows(context);
    var scope = run.hostScope();
    var ids = context.jobState().dataSet(StepIds.SCANNED_HOST_IDS);
    ids.clear();
    context.progress().expect("host ids", -1);
    run.client()
        .forEachScannedHostId(
            HostIdQuery.scannedBetween(windows.scannedFrom(), windows.to()).within(scope), id -> {
              ids.append(id);
              context.progress().advance(1);
            });
    ids.flush();
    context
        .logger()
        .info(
            "{} hosts scanned between {} and {} ({})",
            ids.size(),
            windows.scannedFrom(),
            windows.to(),
            run.describeHostScope());
  }
}
