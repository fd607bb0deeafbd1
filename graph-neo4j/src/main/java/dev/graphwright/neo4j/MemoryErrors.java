package dev.graphwright.neo4j;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Neo4j's "this transaction needs more memory than allowed" errors: how to recognise them, and
 * the one way the writer, the updates and the mapper recover from them.
 */
public final class MemoryErrors {

  private MemoryErrors() {}

  public static boolean is(Neo4jException e) {
    var code = String.valueOf(e.code());
    var message = String.valueOf(e.getMessage());
    return code.contains("OutOfMemory")
        || code.contains("MemoryLimit")
        || code.contains("MemoryPool")
        || message.contains("memory.transaction");
  }

  /**
   * Runs {@code work} on {@code rows}; when it runs out of transaction memory, runs it on each half
   * instead (and so on, down to single rows, whose failure is thrown). The work must be safe to
   * redo: a failed transaction wrote nothing, and one that commits in parts must be idempotent.
   *
   * @param combine joins the results of the two halves
   * @param onSplit told the size of each list before it is split (for logs and counters)
   */
  public static <T, R> R retryInHalves(
      List<T> rows, Function<List<T>, R> work, BinaryOperator<R> combine, IntConsumer onSplit) {
    try {
      return work.apply(rows);
    } catch (Neo4jException e) {
      if (!is(e) || rows.size() < 2) {
        throw e;
      }
      onSplit.accept(rows.size());
      int half = rows.size() / 2;
      return combine.apply(
          retryInHalves(rows.subList(0, half), work, combine, onSplit),
          retryInHalves(rows.subList(half, rows.size()), work, combine, onSplit));
    }
  }
}
