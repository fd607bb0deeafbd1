package dev.graphwright.qualys.client.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdRangeBatcherTest {

  @Test
  void splitsAscendingIdsIntoRangesOfAtMostNIds() {
    var ranges = new ArrayList<IdRange>();
    var batcher = new IdRangeBatcher(2, ranges::add);
    List.of("10", "11", "15", "100", "101").forEach(batcher);
    batcher.finish();

    assertEquals(List.of(new IdRange(10, 11), new IdRange(15, 100), new IdRange(101, 101)), ranges);
    assertEquals("15-100", ranges.get(1).toParam());
    assertEquals("101", ranges.get(2).toParam());
  }

  @Test
  void noIdsNoRanges() {
    var ranges = new ArrayList<IdRange>();
    new IdRangeBatcher(5, ranges::add).finish();
    assertEquals(List.of(), ranges);
  }

  @Test
  void rejectsIdsThatDoNotAscend() {
    var batcher = new IdRangeBatcher(5, range -> {});
    batcher.accept("7");
    assertThrows(IllegalArgumentException.class, () -> batcher.accept("7"));
    assertThrows(IllegalArgumentException.class, () -> batcher.accept("x1"));
  }
}
