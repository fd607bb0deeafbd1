package dev.graphwright.qualys.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.error.PageException;
import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import dev.graphwright.qualys.client.vm.DetectionQuery;
import dev.graphwright.qualys.client.vm.IdRange;
import dev.graphwright.qualys.client.vm.IdRangeBatcher;
import dev.graphwright.qualys.convert.DetectionConverter;
import dev.graphwright.qualys.convert.SlaPolicy;
import dev.graphwright.qualys.run.QualysRun;
import dev.graphwright.qualys.schema.QualysKeys;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every detection of the scanned hosts as a {@code qualys_host_finding} identified by VMDR, the
 * way Qualys recommends for large subscriptions ({@code multi_thread_hd.py}): host ids from the
 * graph are split into id ranges that several workers fetch in parallel, within the
 * subscription's limits, streaming each page. Detections whose type is not configured are
 * skipped (Info is asked for only when wanted).
 */
public final class FetchScannedHostDetectionsStep implements Step {

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.HOST_DETECTIONS, "Fetch Scanned Host Findings")
        .dependsOn(StepIds.HOST_DETAILS)
        .entity(QualysTypes.HOST_FINDING)
        .relationship(QualysTypes.VMDR_IDENTIFIED_HOST_FINDING)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var run = QualysRun.of(context);
    var config = run.config();
    var windows = run.windows(context);
    var ranges = new ArrayList<IdRange>();
    var batcher = new IdRangeBatcher(config.hostsPerDetectionRequest(), ranges::add);
    var ids = context.jobState().dataSet(StepIds.SCANNED_HOST_IDS);
    ids.forEach(batcher);
    batcher.finish();
    var types = config.types();
    var query = DetectionQuery.defaults()
        .scannedBetween(windows.scannedFrom(), windows.to())
        .updatedBetween(windows.findingsFrom(), windows.to())
        .filtered(config.severities(), config.statuses(windows.incremental()))
        .including(types.contains("Info"), config.includeResults())
        .withIgnored(config.includeIgnored())
        .withQds(config.includeQds())
        .within(run.hostScope());
    context.progress().expect("detections", -1);
    var handler = new Writer(context, types, config.sla());
    run.client().forEachHostDetection(ranges, query, handler, context::reportPageFailure);
    context
        .logger()
        .info(
            "{} detections of {} hosts in {} ranges; {} skipped for their type",
            handler.written.sum(),
            ids.size(),
            ranges.size(),
            handler.skipped.sum());
  }

  /** Writes detections as they stream in from the workers (thread-safe: the job state is). */
  private static final class Writer implements DetectionHandler {
    private final StepContext context;
    private final Set<String> types;
    private final SlaPolicy sla;
    final LongAdder written = new LongAdder();
    final LongAdder skipped = new LongAdder();

    Writer(StepContext context, Set<String> types, SlaPolicy sla) {
      this.context = context;
      this.types = types;
      this.sla = sla;
    }

    @Override
    public void onHost(DetectionHost host) {
      if (!host.wrongShapeFields().isEmpty()) {
        // Once per host, not per detection; its detections are still written, without those
        // values, and the report says what the run lost.
        context.reportPageFailure(
            "detection host " + host.id(),
            new PageException(
                "header fields held child elements where text was expected: "
                    + String.join(", ", host.wrongShapeFields())
                    + "; its detections are ingested without them",
                null));
      }
    }

    @Override
    public void onDetection(DetectionHost host, Detection detection) {
      if (detection.type() != null && !types.contains(detection.type())) {
        skipped.increment();
        return;
      }
      var finding = DetectionConverter.toEntity(host, detection, sla);
      var state = context.jobState();
      state.addEntity(finding);
      state.addRelationship(
          QualysTypes.VMDR_IDENTIFIED_HOST_FINDING.relate(QualysKeys.VMDR_SERVICE, finding.key()));
      written.increment();
      context.progress().advance(1);
    }
  }
}
