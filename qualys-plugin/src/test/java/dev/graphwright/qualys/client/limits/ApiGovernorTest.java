package dev.graphwright.qualys.client.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiGovernorTest {

  private static final GovernorSettings SETTINGS = new GovernorSettings(8, 0, 0.1, 10);

  private static ApiLimits concurrency(int limit, int running) {
    return new ApiLimits(limit, running, null, null, null, null);
  }

  @Test
  void probesWithOneCallUntilTheLimitIsKnown() throws Exception {
    var governor = new ApiGovernor("/api", SETTINGS, false, null);
    assertEquals(1, governor.capacity());

    try (var permit = governor.acquire()) {
      permit.onResponse(concurrency(5, 3));
    }
    // Running 3 with one of ours in flight: 2 are someone else's.
    assertEquals(3, governor.capacity());
    assertEquals(5, governor.limit());
  }

  @Test
  void capAndReserveBound() throws Exception {
    var governor = new ApiGovernor("/api", new GovernorSettings(4, 2, 0.1, 10), false, null);
    try (var permit = governor.acquire()) {
      permit.onResponse(concurrency(20, 1));
    }
    assertEquals(4, governor.capacity());

    var reserved = new ApiGovernor("/api", new GovernorSettings(16, 2, 0.1, 10), false, null);
    try (var permit = reserved.acquire()) {
      permit.onResponse(concurrency(5, 1));
    }
    assertEquals(3, reserved.capacity());
  }

  @Test
  void aboutSeedStartsInParallel() {
    var governor = new ApiGovernor("/api", SETTINGS, false, concurrency(6, 3));
    assertEquals(4, governor.capacity());
  }

  @Test
  void honoursToWaitAndPacesWhenRemainingRunsLow() throws Exception {
    var governor = new ApiGovernor("/api", SETTINGS, false, null);
    long started = System.nanoTime();
    try (var permit = governor.acquire()) {
      // 2 calls left of 100 in a 3 s window: one call per second from now on.
      permit.onResponse(new ApiLimits(4, 1, 100, 2, 3, 1));
    }
    governor.acquire().close();
    long firstWait = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(firstWait >= 950, "ToWait-Sec 1 honoured, waited " + firstWait + " ms");
    long again = System.nanoTime();
    governor.acquire().close();
    long paced = Duration.ofNanos(System.nanoTime() - again).toMillis();
    assertTrue(paced >= 900, "paced at window/(remaining+1), waited " + paced + " ms");
  }

  @Test
  void apiWithoutLimitHeadersRunsAtTheCap() throws Exception {
    var governor = new ApiGovernor("/api", SETTINGS, false, null);
    try (var permit = governor.acquire()) {
      permit.onResponse(ApiLimits.NONE);
    }
    assertEquals(8, governor.capacity());
  }
}
