package dev.graphwright.qualys.sim.faults;

import dev.graphwright.qualys.sim.catalog.Api;
import java.util.EnumSet;
import java.util.Set;

/**
 * The faults the simulator can inject, by their contract names, with the APIs each can apply to
 * and the APIs it applies to when the spec names none.
 */
public enum FaultKind {
  SERVER_ERROR("5xx", Stage.PREEMPT, all(), all()),
  RESET("reset", Stage.TRANSPORT, all(), all()),
  STALL("stall", Stage.TRANSPORT, all(), all()),
  TRUNCATE("truncate", Stage.TRANSPORT, all(), all()),
  MALFORMED(
      "malformed",
      Stage.CONTENT,
      EnumSet.of(Api.DETECTION, Api.HOST_LIST, Api.KB, Api.HOST_ASSET, Api.FINDING),
      EnumSet.of(Api.DETECTION, Api.HOST_LIST, Api.KB, Api.HOST_ASSET, Api.FINDING)),
  BAD_QID(
      "bad-qid",
      Stage.CONTENT,
      EnumSet.of(Api.DETECTION, Api.FINDING),
      EnumSet.of(Api.DETECTION, Api.FINDING)),
  NON_STRING(
      "non-string",
      Stage.CONTENT,
      EnumSet.of(Api.DETECTION, Api.HOST_LIST, Api.HOST_ASSET),
      EnumSet.of(Api.DETECTION, Api.HOST_LIST, Api.HOST_ASSET)),
  DUPLICATE_DETECTION(
      "duplicate-detection", Stage.CONTENT, EnumSet.of(Api.DETECTION), EnumSet.of(Api.DETECTION)),
  DUPLICATE_WEBAPP_FINDING(
      "duplicate-webapp-finding", Stage.CONTENT, EnumSet.of(Api.FINDING), EnumSet.of(Api.FINDING)),
  EXPIRED("expired", Stage.ACCOUNT, family(Api.Family.V2), family(Api.Family.V2)),
  QPS_UNAUTHORIZED(
      "qps-unauthorized", Stage.ACCOUNT, family(Api.Family.QPS), family(Api.Family.QPS)),
  CONCURRENCY_409("409-concurrency", Stage.LIMIT, limited(), limited()),
  RATE_409("409-rate", Stage.LIMIT, limited(), limited());

  /** When in the handling of a call a fault acts, earliest first. */
  public enum Stage {
    /** Replaces every answer of the account (expired, unauthorized). */
    ACCOUNT,
    /** Replaces the answer with an HTTP error. */
    PREEMPT,
    /** Refuses the call as a limit would. */
    LIMIT,
    /** Breaks the delivery of the body. */
    TRANSPORT,
    /** Alters the body's content. */
    CONTENT
  }

  private final String label;
  private final Stage stage;
  private final Set<Api> possible;
  private final Set<Api> defaults;

  FaultKind(String label, Stage stage, Set<Api> possible, Set<Api> defaults) {
    this.label = label;
    this.stage = stage;
    this.possible = possible;
    this.defaults = defaults;
  }

  /** The contract name, e.g. {@code duplicate-detection}. */
  public String label() {
    return label;
  }

  public Stage stage() {
    return stage;
  }

  /** APIs this fault can be restricted to with {@code @api}. */
  public Set<Api> possibleApis() {
    return possible;
  }

  /** APIs it applies to when the spec names none. */
  public Set<Api> defaultApis() {
    return defaults;
  }

  /** The kind with this contract name, or null. */
  public static FaultKind byLabel(String label) {
    for (FaultKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    return null;
  }

  private static Set<Api> all() {
    return EnumSet.allOf(Api.class);
  }

  private static Set<Api> limited() {
    var apis = EnumSet.noneOf(Api.class);
    for (Api api : Api.values()) {
      if (api.limited()) {
        apis.add(api);
      }
    }
    return apis;
  }

  private static Set<Api> family(Api.Family family) {
    var apis = EnumSet.noneOf(Api.class);
    for (Api api : Api.values()) {
      if (api.family() == family) {
        apis.add(api);
      }
    }
    return apis;
  }
}
