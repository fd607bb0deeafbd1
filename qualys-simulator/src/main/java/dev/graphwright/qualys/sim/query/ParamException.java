package dev.graphwright.qualys.sim.query;

/** A request the v2 API rejects with HTTP 400 and a {@code SIMPLE_RETURN} code. */
public final class ParamException extends RuntimeException {
  /** Unrecognized parameter(s). */
  public static final int UNRECOGNIZED = 1901;
  /** Missing required parameter(s). */
  public static final int MISSING = 1903;
  /** Parameter has an invalid value. */
  public static final int INVALID_VALUE = 1905;

  private final int code;

  public ParamException(int code, String text) {
    super(text);
    this.code = code;
  }

  /** An invalid-value error in Qualys' wording. */
  public static ParamException invalid(String name, String value) {
    return new ParamException(INVALID_VALUE, "parameter " + name + " has invalid value: " + value);
  }

  /** The Qualys error code. */
  public int code() {
    return code;
  }
}
