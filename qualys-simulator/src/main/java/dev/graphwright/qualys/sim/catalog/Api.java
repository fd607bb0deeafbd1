package dev.graphwright.qualys.sim.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The Qualys APIs the simulator serves. Each is counted separately for limits and metrics, as
 * Qualys counts each endpoint separately.
 */
public enum Api {
  ABOUT("about", Family.V2, true),
  ACTIVITY_LOG("activitylog", Family.V2, true),
  HOST_LIST("hostlist", Family.V2, true),
  DETECTION("detection", Family.V2, true),
  KB("kb", Family.V2, true),
  ASSET_GROUP("assetgroup", Family.V2, true),
  PORTAL("portal", Family.QPS, false),
  HOST_ASSET("hostasset", Family.QPS, false),
  TAG("tag", Family.QPS, false),
  WEBAPP("webapp", Family.QPS, false),
  FINDING("finding", Family.QPS, false);

  /** The two API families: the VM "FO" API (v1/v2) and the QPS REST APIs. */
  public enum Family {
    V2,
    QPS
  }

  private final String key;
  private final Family family;
  private final boolean limited;

  Api(String key, Family family, boolean limited) {
    this.key = key;
    this.family = family;
    this.limited = limited;
  }

  /** The short name used in metrics and in fault specs ({@code @detection}). */
  public String key() {
    return key;
  }

  public Family family() {
    return family;
  }

  /** Whether Qualys applies its rate and concurrency limits (and their headers) to this API. */
  public boolean limited() {
    return limited;
  }

  /** The API with this key, or null. */
  public static @Nullable Api byKey(String key) {
    for (Api api : values()) {
      if (api.key.equals(key)) {
        return api;
      }
    }
    return null;
  }
}
