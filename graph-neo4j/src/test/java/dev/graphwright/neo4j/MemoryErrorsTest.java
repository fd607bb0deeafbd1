package dev.graphwright.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

/** The one recovery from transaction-memory errors that the writer, updates and mapper share. */
class MemoryErrorsTest {

  private static final String OUT_OF_MEMORY =
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

  @Test
  void halvesUntilEachPartFitsAndCombinesTheResults() {
    var rows = IntStream.range(0, 10).boxed().toList();
    var attempts = new ArrayList<Integer>();
    var splits = new ArrayList<Integer>();
    int written = MemoryErrors.retryInHalves(
        rows,
        part -> {
          attempts.add(part.size());
          if (part.size() > 3) {
            throw new Neo4jException(OUT_OF_MEMORY, "needs more memory");
          }
          return part.size();
        },
        Integer::sum,
        splits::add);
    assertEquals(10, written, "every row is written once");
    assertEquals(List.of(10, 5, 5), splits, "the whole, then each half of five, are split");
    assertEquals(List.of(10, 5, 2, 3, 5, 2, 3), attempts);
  }

  @Test
  void otherErrorsAndASingleRowThatDoesNotFitAreThrown() {
    var deadlock =
        new Neo4jException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
    var thrown = assertThrows(
        Neo4jException.class,
        () -> MemoryErrors.retryInHalves(
            List.of(1, 2, 3),
            part -> {
              throw deadlock;
            },
            Integer::sum,
            size -> {}));
    assertSame(deadlock, thrown, "not a memory error: no split");
    var tooBig = assertThrows(
        Neo4jException.class,
        () -> MemoryErrors.retryInHalves(
            List.of(1, 2),
            part -> {
              throw new Neo4jException(OUT_OF_MEMORY, "one row needs more memory");
            },
            Integer::sum,
            size -> {}));
    assertEquals("one row needs more memory", tooBig.getMessage());
  }
}
