package dev.graphwright.qualys.client.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForeignCallsTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void nothingSeenMeansNobodyElse() {
    assertEquals(0, new ForeignCalls().estimate(0));
  }

  @Test
  void manyUndercountsInARowDoNotHideCallsSeenWithinTheMinute() {
    var foreign = new ForeignCalls();
    foreign.add(2, 0);
    for (int i = 1; i <= 50; i++) {
      // Our call ended at Qualys but was still being read here: one fewer than the truth.
      foreign.add(1, i * SECOND / 10);
    }
    assertEquals(2, foreign.estimate(5 * SECOND));
    assertEquals(2, foreign.estimate(ForeignCalls.WINDOW_NANOS));
  }

  @Test
  void afterAQuietMinuteTheEstimateFollowsNewerSamples() {
    var foreign = new ForeignCalls();
    foreign.add(3, 0);
    foreign.add(1, 10 * SECOND);
    foreign.add(0, 20 * SECOND);

    assertEquals(3, foreign.estimate(30 * SECOND));
    assertEquals(1, foreign.estimate(ForeignCalls.WINDOW_NANOS + 5 * SECOND));
    assertEquals(0, foreign.estimate(ForeignCalls.WINDOW_NANOS + 15 * SECOND));
    assertEquals(0, foreign.estimate(10 * ForeignCalls.WINDOW_NANOS), "the latest sample stays");
  }

  @Test
  void aLargerSampleTakesOverAtOnce() {
    var foreign = new ForeignCalls();
    foreign.add(1, 0);
    foreign.add(4, SECOND);
    assertEquals(4, foreign.estimate(2 * SECOND));
    foreign.add(-3, 3 * SECOND);
    assertEquals(4, foreign.estimate(4 * SECOND), "a negative difference counts as none");
  }
}
