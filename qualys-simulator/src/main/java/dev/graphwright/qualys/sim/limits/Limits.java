package dev.graphwright.qualys.sim.limits;

import dev.graphwright.qualys.sim.catalog.Api;
import java.util.EnumMap;
import java.util.Map;

/**
 * The limiters of every API, plus the simulated foreign callers that hold concurrency slots.
 * APIs Qualys does not limit still go through a limiter (with no limits) so their concurrency is
 * measured.
 */
public final class Limits {
  private final Map<Api, ApiLimiter> limiters = new EnumMap<>(Api.class);
  private volatile int foreignRunning;

  public Limits(LimitSettings settings, int foreignRunning) {
    var unlimited = new LimitSettings(0, 0, settings.rateWindowSec());
    for (Api api : Api.values()) {
      limiters.put(api, new ApiLimiter(api.limited() ? settings : unlimited));
    }
    this.foreignRunning = foreignRunning;
  }

  /** Decides a call of {@code api}. */
  public Admission enter(Api api, Admission.Outcome forced) {
    return limiters.get(api).enter(api.limited() ? foreignRunning : 0, System.nanoTime(), forced);
  }

  /** Sets how many slots simulated foreign callers hold on every limited API. */
  public void setForeignRunning(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("foreign running must be >= 0: " + value);
    }
    this.foreignRunning = value;
  }

  public int foreignRunning() {
    return foreignRunning;
  }

  /** The limiter of one API. */
  public ApiLimiter of(Api api) {
    return limiters.get(api);
  }
}
