package dev.graphwright.api.config;

import java.util.Objects;

/**
 * A secret config value. {@link #toString()} never shows it, so it is safe in log lines and
 * exception messages by accident; {@link #reveal()} is the one way to read it.
 */
public final class Secret {

  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value == null");
  }

  /** The secret itself: use it only to build a credential, never to print. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "******";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
