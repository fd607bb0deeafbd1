package dev.graphwright.qualys.client.bench;

import dev.graphwright.qualys.client.vm.Detection;
import dev.graphwright.qualys.client.vm.DetectionHandler;
import dev.graphwright.qualys.client.vm.DetectionHost;
import java.util.concurrent.atomic.LongAdder;

/** Counts hosts and detections, touching a field of each so nothing is optimised away. */
public final class CountingHandler implements DetectionHandler {

  public final LongAdder hosts = new LongAdder();
  public final LongAdder detections = new LongAdder();
  public final LongAdder checksum = new LongAdder();

  @Override
  public void onHost(DetectionHost host) {
    hosts.increment();
  }

  @Override
  public void onDetection(DetectionHost host, Detection detection) {
    detections.increment();
    checksum.add(detection.qid().length() + (detection.lastFound() == null ? 0 : 1));
  }
}
