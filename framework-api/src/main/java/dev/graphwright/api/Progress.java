package dev.graphwright.api;

/**
 * Progress of one step, shown live on a terminal and as periodic log lines otherwise. All methods
 * are thread-safe and cheap enough to call once per record.
 */
public interface Progress {

  /** Sets what the step counts (e.g. {@code "detections"}) and, when known, how many to expect. */
  void expect(String unit, long total);

  /** Adds processed items. */
  void advance(long items);

  /** Counts a fetched page. */
  void page();
}
