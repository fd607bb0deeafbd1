package dev.graphwright.qualys.client.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The per-subscription set of {@link ApiGovernor}s, one per Qualys API path (Qualys counts limits
 * per API). Thread-safe.
 */
public final class Governor {

  private final GovernorSettings settings;
  private final ConcurrentMap<String, ApiGovernor> apis = new ConcurrentHashMap<>();
  private volatile @Nullable ApiLimits seed;

  public Governor(GovernorSettings settings) {
    this.settings = settings;
  }

  /** The governor of a v2 API that announces its limits in headers. */
  public ApiGovernor limited(String apiPath) {
    return apis.computeIfAbsent(apiPath, path -> new ApiGovernor(path, settings, false, seed));
  }

  /** The governor of an API without limit headers (QPS): a fixed parallelism. */
  public ApiGovernor fixed(String apiPath, int parallelism) {
    var fixedSettings = new GovernorSettings(parallelism, 0, 0, 0);
    return apis.computeIfAbsent(apiPath, path -> new ApiGovernor(path, fixedSettings, true, null));
  }

  /**
   * Seeds the limits learned from {@code /msp/about.php} (as Qualys' own multi_thread_hd.py does):
   * APIs not yet called start in parallel at that limit instead of with a single probe call. Their
   * own responses correct it from then on.
   */
  public void seed(ApiLimits limits) {
    if (limits.concurrencyLimit() != null) {
      seed = limits;
    }
  }

  /** Wakes and refuses every waiting call. */
  public void close() {
    apis.values().forEach(ApiGovernor::close);
  }
}
