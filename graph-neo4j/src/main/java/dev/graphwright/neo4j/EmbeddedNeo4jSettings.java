package dev.graphwright.neo4j;

import java.nio.file.Path;

/**
 * How to start the embedded database.
 *
 * @param dataDir the application's data directory; the database lives in {@code <dataDir>/neo4j}
 * @param boltAddress the interface Bolt listens on; {@code 127.0.0.1} unless the user asks
 * @param boltPort the Bolt port; 0 picks a free one
 * @param pageCacheBytes the page cache size (off heap)
 * @param transactionMemoryBytes the cap on memory all transactions may use together
 * @param transactionMaxBytes the cap on one transaction's memory (0 = only the global cap)
 */
public record EmbeddedNeo4jSettings(
    Path dataDir,
    String boltAddress,
    int boltPort,
    long pageCacheBytes,
    long transactionMemoryBytes,
    long transactionMaxBytes) {

  /**
   * Loopback only, a free port, 256 MiB page cache (off heap). Transactions live on the heap the
   * application shares with the database, so their memory is capped in proportion to it: 40 % in
   * all and 20 % for one transaction. A write batch that would exceed that fails fast with a
   * memory error and is split, instead of exhausting the heap.
   */
  public static EmbeddedNeo4jSettings defaults(Path dataDir) {
    long heap = Runtime.getRuntime().maxMemory();
    return new EmbeddedNeo4jSettings(dataDir, "127.0.0.1", 0, 256L << 20, heap * 2 / 5, heap / 5);
  }

  public EmbeddedNeo4jSettings withBoltPort(int port) {
    return new EmbeddedNeo4jSettings(
        dataDir, boltAddress, port, pageCacheBytes, transactionMemoryBytes, transactionMaxBytes);
  }

  public EmbeddedNeo4jSettings withBoltAddress(String address) {
    return new EmbeddedNeo4jSettings(
        dataDir, address, boltPort, pageCacheBytes, transactionMemoryBytes, transactionMaxBytes);
  }

  public EmbeddedNeo4jSettings withPageCache(long bytes) {
    return new EmbeddedNeo4jSettings(
        dataDir, boltAddress, boltPort, bytes, transactionMemoryBytes, transactionMaxBytes);
  }

  public EmbeddedNeo4jSettings withTransactionMax(long bytes) {
    return new EmbeddedNeo4jSettings(
        dataDir, boltAddress, boltPort, pageCacheBytes, transactionMemoryBytes, bytes);
  }
}
