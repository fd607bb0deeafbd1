package dev.graphwright.neo4j;

/**
 * Tuning of the batched writer.
 *
 * @param batchSize rows per write transaction: 5k–10k suit narrow rows; the default, 2,000, suits
 *     wide ones (a host finding has ~40 properties) within a small heap
 * @param threads concurrent write transactions
 * @param maxBatchesInFlight batches queued or running; producers wait beyond that, which bounds
 *     memory
 * @param maxDuplicateSamples how many duplicates with differing properties are kept per type
 */
public record WriterSettings(
    int batchSize, int threads, int maxBatchesInFlight, int maxDuplicateSamples) {

  public WriterSettings {
    if (batchSize < 1 || threads < 1 || maxBatchesInFlight < 1) {
      throw new IllegalArgumentException("batch size, threads and batches in flight must be >= 1");
    }
  }

  public static WriterSettings defaults() {
    return new WriterSettings(2000, 2, 3, 5);
  }

  public WriterSettings withBatchSize(int size) {
    return new WriterSettings(size, threads, maxBatchesInFlight, maxDuplicateSamples);
  }

  public WriterSettings withThreads(int count) {
    return new WriterSettings(
        batchSize, count, Math.max(maxBatchesInFlight, count + 1), maxDuplicateSamples);
  }
}
